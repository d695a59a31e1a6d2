// GOV.UK Frontend's own components, started on every page as GOV.UK's template does: the menu
// button on small screens and the error summary taking focus. Bundled on its own
// (npm run build:govuk), so a page that ships no application JavaScript still has them.
import { createAll, ErrorSummary, ServiceNavigation } from "govuk-frontend";

document.body.classList.add("govuk-frontend-supported");
createAll(ServiceNavigation);
createAll(ErrorSummary);
