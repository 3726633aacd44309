//! `imopenlines.*`: open lines (channels), their sessions, operators and chat bots.

use crate::schema::*;

pub static METHODS: &[Method] = &[
    method("imopenlines.message.quick.save", &["imopenlines"])
        .doc("Saves a message of an open-line chat as a quick answer.")
        .params(&[
            req("CHAT_ID", INT).doc("Open-line chat the message is in."),
            req("MESSAGE_ID", INT).doc("Message to save as a quick answer."),
        ])
        .result(BOOL),
    method("imopenlines.crm.message.add", &["imopenlines"])
        .doc("Sends a message as an employee or bot into the open-line chat linked to a CRM item; returns the message ID.")
        .params(&[
            req("CRM_ENTITY_TYPE", Ty::Enum(&["lead", "deal", "company", "contact"])).doc("Kind of CRM item the chat is linked to."),
            req("CRM_ENTITY", INT).doc("ID of the CRM item."),
            req("USER_ID", INT).doc("Sender: a user or bot that is in the chat and can read the CRM item."),
            req("CHAT_ID", INT).doc("Open-line chat linked to the CRM item."),
            req("MESSAGE", STR).doc("Message text."),
        ])
        .result(INT),
    method("imopenlines.bot.session.message.send", &["imopenlines", "imbot"])
        .doc("Sends an automatic message from the app's chat bot into an open-line dialog.")
        .params(&[
            req("CHAT_ID", INT).doc("Chat to send the message to."),
            opt("NAME", Ty::Enum(&["WELCOME", "DEFAULT"])).doc("`WELCOME` sends the line's greeting; `DEFAULT` sends `MESSAGE`."),
            opt("MESSAGE", STR).doc("Text for `NAME=DEFAULT`."),
        ])
        .result(BOOL),
    method("imopenlines.config.add", &["imopenlines"])
        .doc("Adds a new open channel and returns its ID.")
        .params(&[opt("PARAMS", Ty::Object(CONFIG_FIELDS)).doc("Open channel settings.")])
        .result(INT),
];

/// One operator queue entry of an open channel.
const QUEUE_ENTRY: Ty = Ty::Object(&[
    req("ENTITY_TYPE", Ty::Enum(&["user", "department"])).doc("`user` or `department`."),
    req("ENTITY_ID", INT).doc("ID of the user or department."),
]);

const WEEKDAY: Ty = Ty::Enum(&["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);

const OPERATOR_DATA: [Param; 3] = [
    opt("NAME", STR).doc("Operator's name."),
    opt("AVATAR", STR).doc("Link to the operator's avatar."),
    opt("AVATAR_ID", INT).doc("ID of the avatar file."),
];

/// The settings of an open channel (`PARAMS` of `imopenlines.config.add`/`update`).
const CONFIG_FIELDS: &[Param] = &[
    opt("LINE_NAME", STR).doc("Name of the open channel"),
    opt("ACTIVE", YN).doc("Channel activity."),
    opt("QUEUE", Ty::Array(&QUEUE_ENTRY)).doc("Queue of operators: users and departments."),
    opt("QUEUE_TYPE", Ty::Enum(&["evenly", "strictly", "all"])).doc("Request distribution mode."),
    opt("QUEUE_TIME", INT).doc("Time in seconds before the request is passed to the next operator"),
    opt("NO_ANSWER_TIME", INT).doc("Time in seconds before the no-answer scenario is triggered"),
    opt("WELCOME_MESSAGE", YN).doc("Send a welcome message."),
    opt("WELCOME_MESSAGE_TEXT", STR).doc("Text of the welcome message"),
    opt("WORKTIME_ENABLE", YN).doc("Consider the channel's working hours."),
    opt("WORKTIME_FROM", STR).doc("Start of working hours in `HH:MM` format"),
    opt("WORKTIME_TO", STR).doc("End of working hours in `HH:MM` format"),
    opt("WORKTIME_TIMEZONE", STR).doc("Time zone, for example `Europe/Berlin`"),
    opt("CRM", YN).doc("Search for the client in CRM."),
    opt("CRM_CREATE", STR).doc("What to create in CRM for a new client"),
    opt("VOTE_MESSAGE", YN).doc("Request service quality rating."),
    opt("LANGUAGE_ID", STR).doc("Language of the channel, for example `de`"),
    opt("CRM_CREATE_SECOND", STR).doc("Additional mode for creating a CRM object"),
    opt("CRM_CREATE_THIRD", YN).doc("Create a third CRM object."),
    opt("CRM_CHAT_TRACKER", YN).doc("Enable chat tracker for CRM."),
    opt("CRM_FORWARD", YN).doc("Forward the request to the responsible person in CRM."),
    opt("CRM_TRANSFER_CHANGE", YN).doc("Change the responsible person in CRM when transferring the dialogue."),
    opt("CRM_SOURCE", STR).doc("Source for the created CRM object"),
    opt("MAX_CHAT", INT).doc("Maximum number of simultaneous dialogues for the operator"),
    opt("TYPE_MAX_CHAT", Ty::Enum(&["answered", "answered_new", "closed"])).doc("Type of `MAX_CHAT` restriction."),
    opt("CATEGORY_ENABLE", YN).doc("Enable categories."),
    opt("CATEGORY_ID", INT).doc("Identifier of the category"),
    opt("SESSION_PRIORITY", INT).doc("Session priority in the queue"),
    opt("WELCOME_BOT_ENABLE", YN).doc("Enable welcome chatbot."),
    opt("WELCOME_BOT_JOIN", Ty::Enum(&["first", "always"])).doc("When to connect the bot."),
    opt("WELCOME_BOT_ID", INT).doc("Identifier of the chatbot"),
    opt("WELCOME_BOT_TIME", INT).doc("After how many seconds to transfer the dialogue from the bot to the queue"),
    opt("WELCOME_BOT_LEFT", Ty::Enum(&["queue", "close"])).doc("When to disconnect the bot."),
    opt("CHECK_AVAILABLE", YN).doc("Check the availability of the operator during distribution."),
    opt("WATCH_TYPING", YN).doc("Show typing indicator."),
    opt("SEND_WELCOME_EACH_SESSION", YN).doc("Send a greeting in each session."),
    opt("OPERATOR_DATA", Ty::Enum(&["profile", "queue", "hide"])).doc("Format of operator data."),
    opt("DEFAULT_OPERATOR_DATA", Ty::Object(&OPERATOR_DATA)).doc("Default operator data."),
    opt("NO_ANSWER_RULE", Ty::Enum(&["none", "text"])).doc("Scenario if the operator did not respond."),
    opt("NO_ANSWER_FORM_ID", INT).doc("Identifier of the CRM form for the no-answer scenario"),
    opt("NO_ANSWER_BOT_ID", INT).doc("Identifier of the chatbot for the no-answer scenario"),
    opt("NO_ANSWER_TEXT", STR).doc("Text for the no-answer scenario"),
    opt("WORKTIME_DAYOFF", Ty::Array(&WEEKDAY)).doc("Days off."),
    opt("WORKTIME_HOLIDAYS", STR).doc("Holidays in string format, listed as `DD.MM,DD.MM`"),
    opt("WORKTIME_DAYOFF_RULE", Ty::Enum(&["none", "text"])).doc("Scenario during non-working hours."),
    opt("WORKTIME_DAYOFF_FORM_ID", INT).doc("Identifier of the CRM form for non-working hours"),
    opt("WORKTIME_DAYOFF_BOT_ID", INT).doc("Identifier of the chatbot for non-working hours"),
    opt("WORKTIME_DAYOFF_TEXT", STR).doc("Text message during non-working hours"),
    opt("CLOSE_RULE", Ty::Enum(&["none", "text"])).doc("Scenario upon closure."),
    opt("CLOSE_FORM_ID", INT).doc("Identifier of the CRM form upon closure"),
    opt("CLOSE_BOT_ID", INT).doc("Identifier of the chatbot upon closure"),
    opt("CLOSE_TEXT", STR).doc("Text message upon closure"),
    opt("VOTE_TIME_LIMIT", INT).doc("Time limit for voting"),
    opt("VOTE_CLOSING_DELAY", YN).doc("Close the session immediately after rating."),
    opt("VOTE_BEFORE_FINISH", YN).doc("Request rating before completion."),
    opt("VOTE_MESSAGE_1_TEXT", STR).doc("Text for rating request in the widget"),
    opt("VOTE_MESSAGE_1_LIKE", STR).doc("Text after positive rating in the widget"),
    opt("VOTE_MESSAGE_1_DISLIKE", STR).doc("Text after negative rating in the widget"),
    opt("VOTE_MESSAGE_2_TEXT", STR).doc("Text for rating request in external channels"),
    opt("VOTE_MESSAGE_2_LIKE", STR).doc("Text after positive rating in external channels"),
    opt("VOTE_MESSAGE_2_DISLIKE", STR).doc("Text after negative rating in external channels"),
    opt("AUTO_CLOSE_RULE", Ty::Enum(&["none", "text"])).doc("Auto-closing scenario."),
    opt("FULL_CLOSE_TIME", INT).doc("Time for full closure after manual closure"),
    opt("AUTO_CLOSE_TIME", INT).doc("Time until auto-closure"),
    opt("AUTO_CLOSE_FORM_ID", INT).doc("Identifier of the CRM form for auto-closure"),
    opt("AUTO_CLOSE_BOT_ID", INT).doc("Identifier of the chatbot for auto-closure"),
    opt("AUTO_CLOSE_TEXT", STR).doc("Text upon auto-closure"),
    opt("AUTO_EXPIRE_TIME", INT).doc("Lifetime of automatically closed session"),
    opt("TEMPORARY", YN).doc("Create a temporary channel."),
    opt("QUICK_ANSWERS_IBLOCK_ID", INT).doc("Identifier of the quick answers info block"),
    opt("KPI_FIRST_ANSWER_TIME", INT).doc("Control of the first response time"),
    opt("KPI_FIRST_ANSWER_ALERT", YN).doc("Enable notification for the first response."),
    opt("KPI_FIRST_ANSWER_LIST", Ty::Array(&ANY)).doc("List of recipients for the first response notification"),
    opt("KPI_FIRST_ANSWER_TEXT", STR).doc("Text of the first response notification"),
    opt("KPI_FURTHER_ANSWER_TIME", INT).doc("Control of subsequent response times"),
    opt("KPI_FURTHER_ANSWER_ALERT", YN).doc("Enable notification for subsequent responses."),
    opt("KPI_FURTHER_ANSWER_LIST", Ty::Array(&ANY)).doc("List of recipients for subsequent response notifications"),
    opt("KPI_FURTHER_ANSWER_TEXT", STR).doc("Text of the subsequent response notification"),
    opt("KPI_CHECK_OPERATOR_ACTIVITY", YN).doc("Monitor operator activity."),
    opt("USE_WELCOME_FORM", YN).doc("Use welcome CRM form."),
    opt("WELCOME_FORM_ID", INT).doc("Identifier of the welcome CRM form"),
    opt("WELCOME_FORM_DELAY", YN).doc("Show the form with a delay."),
    opt("CONFIRM_CLOSE", YN).doc("Request confirmation for closure."),
    opt("IGNORE_WELCOME_FORM_RESPONSIBLE", YN).doc("Ignore the responsible person in the welcome form."),
];
