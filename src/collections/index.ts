export { groupBy, mostUsedSpellings } from "./group.js";
export { paginate } from "./paginate.js";
export type { Listing, ListingKind, PaginateOptions, UpLink } from "./paginate.js";
export { buildSiteModel } from "./model.js";
export type { SiteModel, SiteUrls, ArticleGroup, ModelContent, ViewCache, ModelOptions, HomePage, HomeSection, AuthorEntry, TagEntry, TagLetter, YearPage, MonthEntry } from "./model.js";
export { articleView, authorView, bylineNames, dateView, dateViews, sectionView } from "./views.js";
export type { ArticleView, AuthorView, BylineName, DateView, DateViews, TermView, CorrectionView, ViewContext } from "./views.js";
export { brokenLinks, buildRedirects, ownUrls, redirectsFile } from "./redirects.js";
export type { Redirect } from "./redirects.js";
