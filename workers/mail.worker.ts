import { UnrecoverableError, type Processor } from 'bullmq';
import type { Transporter } from 'nodemailer';
import type { BotContext } from '../src/app/context.js';
import { alertFailedDelivery } from '../src/mail-out/alert-failed-delivery.js';
import { sendOutboxMail } from '../src/mail-out/send-outbox-mail.js';
import type { MailJob } from '../src/queue/queues.js';

/** Sends one outbox row; a 5xx refusal is final and staff are told. */
export function mailProcessor(ctx: BotContext, transport: Transporter): Processor<MailJob> {
  return async (job) => {
    const outcome = await sendOutboxMail(ctx.pool, transport, ctx.settings.botAddress, job.data.outboxId);
    ctx.log.info({ component: 'mailer', job: job.id, outcome }, 'outbox mail processed');
    if (outcome === 'failed_permanently') {
      await alertFailedDelivery(ctx, job.data.outboxId);
      throw new UnrecoverableError('the SMTP server refused this mail permanently (5xx)');
    }
    return { outcome };
  };
}
