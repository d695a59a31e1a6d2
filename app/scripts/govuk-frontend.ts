// GOV.UK Frontend's own components, started on every page as GOV.UK's template does: the menu
// button on small screens and the error summary taking focus. Bundled on its own
// (npm run build:govuk), so a page that ships no application JavaScript still has them. The root's
// first script has already marked the body "govuk-frontend-supported", as the components expect.
import { createAll, ErrorSummary, ServiceNavigation } from "govuk-frontend";

createAll(ServiceNavigation);
createAll(ErrorSummary);
