/** flow-runner's version, recorded in every results document and shown by `--version`. */
export const TOOL_VERSION = '0.1.0';
