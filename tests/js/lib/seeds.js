// The five seed methods: valid params for each, and the result the stand-in answers (the documented
// success example in tests/standin/portal.json). Plain ESM, shared by the Node tests and the pages.

export const SEEDS = [
  {
    method: 'imopenlines.message.quick.save',
    path: ['imopenlines', 'message', 'quick', 'save'],
    params: { CHAT_ID: 12, MESSAGE_ID: 3456 },
    result: true,
  },
  {
    method: 'imopenlines.crm.message.add',
    path: ['imopenlines', 'crm', 'message', 'add'],
    params: { CRM_ENTITY_TYPE: 'deal', CRM_ENTITY: 288, USER_ID: 1, CHAT_ID: 12, MESSAGE: 'Hello from b24-wasm' },
    result: 19880117,
  },
  {
    method: 'imopenlines.bot.session.message.send',
    path: ['imopenlines', 'bot', 'session', 'message', 'send'],
    params: { CHAT_ID: 12, NAME: 'DEFAULT', MESSAGE: 'An automatic answer' },
    result: true,
  },
  {
    method: 'im.notify.answer',
    path: ['im', 'notify', 'answer'],
    params: { NOTIFY_ID: 270, ANSWER_TEXT: 'I will participate' },
    result: { result_message: ['Your response has been successfully sent.'] },
  },
  {
    method: 'imopenlines.config.add',
    path: ['imopenlines', 'config', 'add'],
    params: {
      PARAMS: {
        LINE_NAME: 'Support line',
        ACTIVE: 'Y',
        QUEUE: [
          { ENTITY_TYPE: 'user', ENTITY_ID: 1 },
          { ENTITY_TYPE: 'department', ENTITY_ID: '7' },
        ],
        QUEUE_TYPE: 'evenly',
        WORKTIME_ENABLE: 'Y',
        WORKTIME_DAYOFF: ['SA', 'SU'],
        DEFAULT_OPERATOR_DATA: { NAME: 'Operator', AVATAR_ID: 5 },
      },
    },
    result: 15,
  },
];
