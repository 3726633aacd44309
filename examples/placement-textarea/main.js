// An IM_TEXTAREA placement: the chat's input panel opens it with the dialog's id in its options.
// No BX24.js: connectFrame() talks to the portal page itself, and frame.client calls REST with
// the token the portal gave the frame.
import { connectFrame, isB24Error } from 'b24-wasm';

const status = document.getElementById('status');
const show = (text) => { status.textContent = text; };

try {
  // placement: a frame opened anywhere else rejects (INVALID_CONFIG), and the types narrow.
  const frame = await connectFrame({ placement: 'IM_TEXTAREA' });
  const { dialogId } = frame.placement.info().options; // "chat2", or a user's id in a private chat
  document.getElementById('dialog').textContent = dialogId;

  document.getElementById('send').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = document.getElementById('text');
    try {
      const id = await frame.client.call('im.message.add', { DIALOG_ID: dialogId, MESSAGE: input.value });
      show(`sent, message ${id}`);
      input.value = '';
    } catch (e) {
      show(isB24Error(e) ? `not sent: ${e.code}` : String(e));
    }
  });

  // As high as the content, full width: the portal sizes the iframe.
  const size = await frame.fitWindow();
  document.body.dataset.fitted = String(size.height);
} catch (e) {
  show(isB24Error(e) ? `${e.code}: ${e.message}` : String(e));
}
