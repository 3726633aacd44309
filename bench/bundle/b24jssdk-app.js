// The smallest useful b24jssdk app: a webhook client that calls one method.
import { B24Hook } from '@bitrix24/b24jssdk';
export const run = async (url) => (await B24Hook.fromWebhookUrl(url).actions.v2.call.make({ method: 'im.notify.answer', params: { NOTIFY_ID: 1, ANSWER_TEXT: 'x' } })).getData().result;
