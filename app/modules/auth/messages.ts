// Shared with the error page, so it holds no server code.
export const NO_PERMISSION = "You do not have permission to see this page.";
