import { UnrecoverableError, type Processor } from 'bullmq';
import type { Transporter } from 'nodemailer';
import type { BotContext } from '../src/app/context.js';
import { alertFailedDelivery } from '../src/requests/alert-failed-delivery.js';
import { sendOutboxMail, TransientDeliveryError } from '../src/mail-out/send-outbox-mail.js';
import type { MailJob } from '../src/queue/queues.js';

/**
 * Sends one outbox row. A 5xx refusal is final; a temporary failure (4xx,
 * network) is retried until the job's last attempt, and then given up too.
 * Either way the row becomes failed and staff are told once.
 */
export function mailProcessor(ctx: BotContext, transport: Transporter): Processor<MailJob> {
  return async (job) => {
    let outcome;
    try {
      outcome = await sendOutboxMail(ctx.pool, transport, ctx.settings.botAddress, job.data.outboxId);
    } catch (err) {
      // attemptsMade counts the attempts that failed before this one.
      if (err instanceof TransientDeliveryError && job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await alertFailedDelivery(ctx, job.data.outboxId, 'transient');
        ctx.log.warn({ component: 'mailer', job: job.id, attempts: job.attemptsMade + 1 }, 'outbox mail given up after its last attempt');
      }
      throw err;
    }
    ctx.log.info({ component: 'mailer', job: job.id, outcome }, 'outbox mail processed');
    if (outcome === 'failed_permanently') {
      await alertFailedDelivery(ctx, job.data.outboxId, 'permanent');
      throw new UnrecoverableError('the SMTP server refused this mail permanently (5xx)');
    }
    return { outcome };
  };
}
