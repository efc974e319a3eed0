// Package api serves pledgewatch's HTTP JSON API and its web review UI, and
// provides Client, an HTTP client for the API.
//
// # Basics
//
// New returns an http.Handler over a *store.Store (and, optionally, a Runner
// that starts ingestion runs). It registers:
//
//	GET  /healthz                                  200 "ok", never authenticated
//	GET  /api/v1/commitments                       filtered, paginated; format=json|jsonl|csv
//	GET  /api/v1/commitments/{id}                  one commitment with its article and review history
//	POST /api/v1/commitments/{id}/accept           {"who":"…","note":"…"}
//	POST /api/v1/commitments/{id}/reject           {"who":"…","note":"…"}
//	POST /api/v1/commitments/{id}/correct          {"who":"…","note":"…","fields":{…}}
//	GET  /api/v1/export                            every match as format=csv|jsonl (default jsonl)
//	GET  /api/v1/articles                          articles by source and date
//	GET  /api/v1/articles/{id}                     one article with its commitments
//	GET  /api/v1/review/queue                      pending commitments, lowest confidence first
//	POST /api/v1/review/bulk                       {"ids":[…],"action":"accept|reject|undo"}: all or none
//	POST /api/v1/review/merge                      {"keep":"…","duplicates":[…]}: keep one, reject the rest
//	GET  /api/v1/audit                             the review audit log
//	GET  /api/v1/ledger, /api/v1/totals            deduplicated ledger and totals
//	GET  /api/v1/runs                              recent ingestion runs
//	POST /api/v1/runs                              {"sources":[…]}: runs them and waits
//	POST /api/v1/reextract                         re-runs the rules over stored articles
//
// and the web UI: /review (with duplicate groups, merge and bulk forms),
// /commitments, /summary (drill-down in /summary/entries, months and
// sources in /summary/time), /articles, /articles/{id}, /runs, /login.
//
// List endpoints answer {"items":[…],"next":"cursor"}; pass next back as
// cursor for the following page. Filters of /api/v1/commitments, /export,
// /ledger and /totals are those of ParseQuery. POST bodies are JSON and
// must be sent as application/json.
//
// Bad query parameters and bodies give 400 with a JSON body
// {"error":"…","param":"name"} naming the parameter; unknown ids give 404.
//
// Client calls these endpoints; its query and review methods have the
// signatures of *store.Store's, so the CLI uses either through one
// interface. Export and NewWriter write the CSV and JSON Lines formats.
//
// # Safety
//
// When Config.Token is set, every API call needs "Authorization: Bearer
// TOKEN" and every UI page a session cookie obtained by posting the token to
// /login. Every response carries a strict Content-Security-Policy (scripts
// and styles only from /static/, no inline code). UI forms carry CSRF tokens
// bound to a per-browser cookie, cross-origin state-changing requests are
// refused, JSON POSTs must be application/json, and request bodies are
// limited to MaxBodyBytes. Article text is rendered by html/template and so
// always escaped.
//
// # Caveats
//
// The handler holds no state besides the CSRF/session key made by New: a
// restart invalidates UI sessions and open forms. POST /api/v1/runs blocks
// until the run has been stored; give the server a write timeout longer
// than a run, or none.
package api
