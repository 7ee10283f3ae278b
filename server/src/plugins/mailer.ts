// E-mail over SMTP with nodemailer, when SMTP_URL is configured; `app.mailer` is null otherwise and
// nothing is sent (notifications still show in the app).
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

export interface MailOptions {
  /** smtp(s)://user:pass@host:port */
  smtpUrl: string;
  from: string;
  /** Where the app is reached: links in e-mails are absolute. */
  publicUrl: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  publicUrl: string;
  send(message: MailMessage): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer | null;
  }
}

export default fp(
  async function mailer(app: FastifyInstance, opts: { mail?: MailOptions }) {
    if (!opts.mail) {
      app.decorate('mailer', null);
      return;
    }
    const { from, publicUrl } = opts.mail;
    // A slow or unreachable server must not hold a request (a reminder) for minutes.
    const url = new URL(opts.mail.smtpUrl);
    for (const [key, value] of [['connectionTimeout', '10000'], ['greetingTimeout', '10000'], ['socketTimeout', '20000']]) {
      if (!url.searchParams.has(key)) url.searchParams.set(key, value);
    }
    const { default: nodemailer } = await import('nodemailer');
    const transport = nodemailer.createTransport(url.toString());
    app.decorate('mailer', {
      publicUrl: publicUrl.replace(/\/+$/, ''),
      send: async (message: MailMessage) => {
        await transport.sendMail({ from, ...message });
      },
    });
    app.addHook('onClose', async () => transport.close());
  },
  { name: 'mailer' },
);
