// Healthy once both ports answer: the bot checks IMAP and SMTP before it starts.
import { connect } from 'node:net';

const answers = (port) => new Promise((resolve) => {
  const socket = connect(port, '127.0.0.1', () => {
    socket.end();
    resolve(true);
  });
  socket.on('error', () => resolve(false));
  socket.setTimeout(3000, () => {
    socket.destroy();
    resolve(false);
  });
});

process.exit((await answers(25)) && (await answers(143)) ? 0 : 1);
