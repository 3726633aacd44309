// The fields of a B24Error (written by b24-codegen; do not edit).
export interface ErrorData {
    /**
     * `INVALID_PARAM`, `INVALID_CONFIG`, `BAD_REPLY`, `NETWORK`, `OUTCOME_UNKNOWN`, `TIMEOUT`,
     * `ABORTED`, `REFRESH_FAILED`, `SKIPPED`, `UNKNOWN_ERROR`, or the portal's own code
     * (`ACCESS_DENIED`, `expired_token`, ...).
     */
    code: string;
    message: string;
    description: string;
    status?: number;
    method?: string;
    /**
     * The refused param's wire name, dotted for nested fields (`PARAMS.QUEUE.0.ENTITY_TYPE`).
     */
    field?: string;
    /**
     * What was wrong with an unreadable reply: `html`, `empty`, `truncated`, `not_json`,
     * `no_result`, `redirect`, `bad_status`.
     */
    kind?: string;
}
