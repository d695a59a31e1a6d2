import { Link } from "@remix-run/react";
import { useT } from "~/components/i18n";

const hidden = (parts: React.ReactNode[]) => <span className="govuk-visually-hidden">{parts}</span>;

/** GOV.UK pagination: previous, page numbers around the current one, next. Keeps the other query values. */
export function Pagination({ page, pages, search }: { page: number; pages: number; search: string }) {
  const { t, rich } = useT();
  if (pages <= 1) return null;
  const href = (n: number) => {
    const params = new URLSearchParams(search);
    params.set("page", String(n));
    return `?${params.toString()}`;
  };
  const shown = [1, page - 1, page, page + 1, pages].filter((n, i, all) => n >= 1 && n <= pages && all.indexOf(n) === i).sort((a, b) => a - b);
  return (
    <nav className="govuk-pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={href(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">{rich("pagination.previous", { hidden })}</span>
          </Link>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {shown.map((n, i) => (
          <li key={n} className={`govuk-pagination__item ${n === page ? "govuk-pagination__item--current" : ""}`}>
            {i > 0 && n - shown[i - 1]! > 1 ? (
              <span className="govuk-pagination__item--ellipses" aria-hidden="true">
                ⋯{" "}
              </span>
            ) : null}
            <Link
              className="govuk-link govuk-pagination__link"
              to={href(n)}
              aria-label={t("pagination.page", { n })}
              aria-current={n === page ? "page" : undefined}
            >
              {n}
            </Link>
          </li>
        ))}
      </ul>
      {page < pages ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={href(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">{rich("pagination.next", { hidden })}</span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
