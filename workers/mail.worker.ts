import { UnrecoverableError, type Processor } from 'bullmq';
import type { Transporter } from 'nodemailer';
import type { Logger } from '../src/log/logger.js';
import { alertFailedDelivery, type AlertFailedDeliveryDeps } from '../src/requests/alert-failed-delivery.js';
import { sendOutboxMail, TransientDeliveryError } from '../src/mail-out/send-outbox-mail.js';
import type { MailJob } from '../src/queue/queues.js';

/** What sending needs: the outbox, the bot's address (the envelope sender), and what telling staff of a mail given up needs. */
export type MailProcessorDeps = AlertFailedDeliveryDeps & { log: Logger; settings: { botAddress: string } };

/**
 * Sends one outbox row. A 5xx refusal is final; a temporary failure (4xx,
 * network) is retried until the job's last attempt, and then given up too.
 * Either way the row becomes failed and staff are told once.
 */
export function mailProcessor(deps: MailProcessorDeps, transport: Transporter): Processor<MailJob> {
  return async (job) => {
    let outcome;
    try {
      outcome = await sendOutboxMail(deps.pool, transport, deps.settings.botAddress, job.data.outboxId);
    } catch (err) {
      // attemptsMade counts the attempts that failed before this one.
      if (err instanceof TransientDeliveryError && job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await alertFailedDelivery(deps, job.data.outboxId, 'transient');
        deps.log.warn({ component: 'mailer', job: job.id, attempts: job.attemptsMade + 1 }, 'outbox mail given up after its last attempt');
      }
      throw err;
    }
    deps.log.info({ component: 'mailer', job: job.id, outcome }, 'outbox mail processed');
    if (outcome === 'failed_permanently') {
      await alertFailedDelivery(deps, job.data.outboxId, 'permanent');
      throw new UnrecoverableError('the SMTP server refused this mail permanently (5xx)');
    }
    return { outcome };
  };
}
