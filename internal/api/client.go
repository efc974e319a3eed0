package api

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// maxResponseBytes bounds a JSON response the Client reads.
const maxResponseBytes = 64 << 20

// Client calls the API of a running pledgewatch (run or serve). Its query
// and review methods have the signatures of *store.Store's, so code can be
// written once against either. Errors: a 400 is a *ParamError (matching
// ErrBadParam and store.ErrInvalid), a 404 matches ErrNotFound and
// store.ErrNotFound, a 401 ErrUnauthorized, a 503 ErrUnavailable.
// A Client is safe for concurrent use.
type Client struct {
	base  *url.URL
	token string
	hc    *http.Client
	err   error // from NewClient: a bad base URL
}

// NewClient returns a client for the server at baseURL
// ("http://127.0.0.1:8080"; a URL without a scheme gets http://). token
// may be empty; hc nil means http.DefaultClient. An invalid baseURL makes
// every call return an error saying so.
func NewClient(baseURL, token string, hc *http.Client) *Client {
	if hc == nil {
		hc = http.DefaultClient
	}
	c := &Client{token: token, hc: hc}
	raw := baseURL
	if !strings.Contains(raw, "://") {
		raw = "http://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		c.err = fmt.Errorf("api: client: %q is not an http(s) URL", baseURL)
		return c
	}
	u.Path = strings.TrimRight(u.Path, "/")
	c.base = u
	return c
}

// BaseURL returns the server's URL.
func (c *Client) BaseURL() string {
	if c.base == nil {
		return ""
	}
	return c.base.String()
}

// do sends a request and decodes a JSON answer into out (nil: discard).
func (c *Client) do(ctx context.Context, method, path string, query url.Values, body, out any) error {
	resp, err := c.send(ctx, method, path, query, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if out == nil {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxResponseBytes))
		return nil
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxResponseBytes)).Decode(out); err != nil {
		return fmt.Errorf("api: client: %s %s: decode: %w", method, path, err)
	}
	return nil
}

// send sends a request and returns a 2xx response; other statuses become
// errors.
func (c *Client) send(ctx context.Context, method, path string, query url.Values, body any) (*http.Response, error) {
	if c.err != nil {
		return nil, c.err
	}
	u := *c.base
	u.Path += path
	u.RawQuery = query.Encode()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, fmt.Errorf("api: client: %w", err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return nil, fmt.Errorf("api: client: %w", err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("api: client: %w", err)
	}
	if resp.StatusCode/100 == 2 {
		return resp, nil
	}
	defer resp.Body.Close()
	var eb errorBody
	data, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if json.Unmarshal(data, &eb) != nil || eb.Error == "" {
		eb.Error = strings.TrimSpace(string(data))
	}
	return nil, responseError(method, path, resp.StatusCode, eb)
}

func responseError(method, path string, status int, eb errorBody) error {
	switch status {
	case http.StatusBadRequest:
		if eb.Param != "" {
			return &ParamError{Param: eb.Param, Msg: strings.TrimPrefix(eb.Error, eb.Param+": ")}
		}
		return &ParamError{Param: "request", Msg: eb.Error}
	case http.StatusUnauthorized:
		return fmt.Errorf("api: client: %s %s: %w (check http.token or PLEDGEWATCH_TOKEN)", method, path, ErrUnauthorized)
	case http.StatusNotFound:
		return fmt.Errorf("api: client: %s: %w: %w", eb.Error, ErrNotFound, store.ErrNotFound)
	case http.StatusServiceUnavailable:
		return fmt.Errorf("api: client: %s: %w", eb.Error, ErrUnavailable)
	}
	return fmt.Errorf("api: client: %s %s: %d %s: %s", method, path, status, http.StatusText(status), eb.Error)
}

// Health returns nil when GET /healthz answers 200.
func (c *Client) Health(ctx context.Context) error {
	resp, err := c.send(ctx, http.MethodGet, "/healthz", nil, nil)
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

// Commitments returns one page of matching commitments, like
// (*store.Store).Commitments.
func (c *Client) Commitments(ctx context.Context, q store.Query) (store.Page, error) {
	var l CommitmentList
	if err := c.do(ctx, http.MethodGet, "/api/v1/commitments", QueryValues(q), nil, &l); err != nil {
		return store.Page{}, err
	}
	return store.Page{Items: l.Items, Next: l.Next}, nil
}

// Commitment returns one commitment with its article and history.
func (c *Client) Commitment(ctx context.Context, id string) (store.CommitmentRecord, error) {
	var r store.CommitmentRecord
	err := c.do(ctx, http.MethodGet, "/api/v1/commitments/"+url.PathEscape(id), nil, nil, &r)
	return r, err
}

// Export streams every commitment matching q in format csv or jsonl to w
// (the server follows the pages; q.Limit caps the count when set).
func (c *Client) Export(ctx context.Context, q store.Query, format string, w io.Writer) error {
	v := QueryValues(q)
	v.Set("format", format)
	resp, err := c.send(ctx, http.MethodGet, "/api/v1/export", v, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(w, resp.Body); err != nil {
		return fmt.Errorf("api: client: export: %w", err)
	}
	return nil
}

// ReviewQueue returns one page of pending commitments, lowest confidence
// first.
func (c *Client) ReviewQueue(ctx context.Context, q store.QueueQuery) (store.QueuePage, error) {
	v := url.Values{}
	if q.Cursor != "" {
		v.Set("cursor", q.Cursor)
	}
	if q.Limit != 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	var l QueueList
	if err := c.do(ctx, http.MethodGet, "/api/v1/review/queue", v, nil, &l); err != nil {
		return store.QueuePage{}, err
	}
	return store.QueuePage{Items: l.Items, Next: l.Next, Remaining: l.Remaining}, nil
}

// Accept marks a commitment accepted and returns its effective values.
func (c *Client) Accept(ctx context.Context, id, who, note string) (news.Commitment, error) {
	return c.review(ctx, id, "accept", ReviewRequest{Who: who, Note: note})
}

// Reject marks a commitment rejected.
func (c *Client) Reject(ctx context.Context, id, who, note string) (news.Commitment, error) {
	return c.review(ctx, id, "reject", ReviewRequest{Who: who, Note: note})
}

// Correct applies fields to a commitment and marks it corrected.
func (c *Client) Correct(ctx context.Context, id, who string, fields store.Correction, note string) (news.Commitment, error) {
	return c.review(ctx, id, "correct", ReviewRequest{Who: who, Note: note, Fields: &fields})
}

// Undo reverts the last decision on a commitment (itself audited).
func (c *Client) Undo(ctx context.Context, id, who, note string) (news.Commitment, error) {
	return c.review(ctx, id, "undo", ReviewRequest{Who: who, Note: note})
}

func (c *Client) review(ctx context.Context, id, action string, req ReviewRequest) (news.Commitment, error) {
	if id == "" {
		return news.Commitment{}, badParam("id", "empty")
	}
	var out news.Commitment
	err := c.do(ctx, http.MethodPost, "/api/v1/commitments/"+url.PathEscape(id)+"/"+action, nil, req, &out)
	return out, err
}

// AuditLog returns audit entries after q.After, oldest first.
func (c *Client) AuditLog(ctx context.Context, q store.AuditQuery) ([]store.AuditEntry, error) {
	v := url.Values{}
	if q.After != 0 {
		v.Set("after", strconv.FormatUint(q.After, 10))
	}
	if q.Limit != 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	var l AuditList
	err := c.do(ctx, http.MethodGet, "/api/v1/audit", v, nil, &l)
	return l.Items, err
}

// Ledger returns one page of the deduplicated ledger of q.
func (c *Client) Ledger(ctx context.Context, q store.LedgerQuery) (store.LedgerPage, error) {
	var out LedgerList
	err := c.do(ctx, http.MethodGet, "/api/v1/ledger", ledgerValues(q), nil, &out)
	return store.LedgerPage{Items: out.Items, Next: out.Next}, err
}

// Totals returns troop and money totals over the ledger of q (its cursor
// and limit are ignored).
func (c *Client) Totals(ctx context.Context, q store.LedgerQuery) (store.Totals, error) {
	var out store.Totals
	q.Cursor, q.Limit = "", 0
	err := c.do(ctx, http.MethodGet, "/api/v1/totals", ledgerValues(q), nil, &out)
	return out, err
}

func ledgerValues(q store.LedgerQuery) url.Values {
	v := QueryValues(q.Query)
	if q.Window != 0 {
		v.Set("window", q.Window.String())
	}
	return v
}

// Articles returns one page of articles.
func (c *Client) Articles(ctx context.Context, q store.ArticleQuery) (store.ArticlePage, error) {
	v := url.Values{}
	if q.Source != "" {
		v.Set("source", q.Source)
	}
	if !q.Since.IsZero() {
		v.Set("since", q.Since.Format("2006-01-02T15:04:05.999999999Z07:00"))
	}
	if !q.Until.IsZero() {
		v.Set("until", q.Until.Format("2006-01-02T15:04:05.999999999Z07:00"))
	}
	if q.Cursor != "" {
		v.Set("cursor", q.Cursor)
	}
	if q.Limit != 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if !q.WithoutText {
		v.Set("text", "1")
	}
	var l ArticleList
	if err := c.do(ctx, http.MethodGet, "/api/v1/articles", v, nil, &l); err != nil {
		return store.ArticlePage{}, err
	}
	return store.ArticlePage{Items: l.Items, Next: l.Next}, nil
}

// Article returns one article and its commitments.
func (c *Client) Article(ctx context.Context, id string) (news.Article, []news.Commitment, error) {
	var d ArticleDetail
	if err := c.do(ctx, http.MethodGet, "/api/v1/articles/"+url.PathEscape(id), nil, nil, &d); err != nil {
		return news.Article{}, nil, err
	}
	return d.Article, d.Commitments, nil
}

// Runs returns recent ingestion runs, newest first.
func (c *Client) Runs(ctx context.Context, limit int) ([]news.Run, error) {
	p, err := c.RunsPage(ctx, store.RunQuery{Limit: limit})
	return p.Items, err
}

// RunsPage returns one page of runs, like (*store.Store).RunsPage.
func (c *Client) RunsPage(ctx context.Context, q store.RunQuery) (store.RunPage, error) {
	v := url.Values{}
	if q.Limit != 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Cursor != "" {
		v.Set("cursor", q.Cursor)
	}
	var l RunList
	if err := c.do(ctx, http.MethodGet, "/api/v1/runs", v, nil, &l); err != nil {
		return store.RunPage{}, err
	}
	return store.RunPage{Items: l.Items, Next: l.Next}, nil
}

// Run asks the server to run the named sources (all if empty) and blocks
// until the run is stored (POST /api/v1/runs); it returns the run record.
// Give hc no timeout shorter than a run.
func (c *Client) Run(ctx context.Context, sources []string) (news.Run, error) {
	var out news.Run
	err := c.do(ctx, http.MethodPost, "/api/v1/runs", nil, RunRequest{Sources: nonNil(sources)}, &out)
	return out, err
}

// Reextract asks the server to re-run the rules over every stored article
// and returns how many articles it processed.
func (c *Client) Reextract(ctx context.Context) (int, error) {
	var out ReextractResult
	if err := c.do(ctx, http.MethodPost, "/api/v1/reextract", nil, struct{}{}, &out); err != nil {
		return 0, err
	}
	return out.Articles, nil
}

// DeadLetters lists up to n dead letters, newest first (GET /api/v1/dead).
func (c *Client) DeadLetters(ctx context.Context, n int) ([]news.DeadLetter, error) {
	v := url.Values{}
	if n > 0 {
		v.Set("limit", strconv.Itoa(n))
	}
	var l DeadList
	err := c.do(ctx, http.MethodGet, "/api/v1/dead", v, nil, &l)
	return l.Items, err
}

// Redrive puts dead letter seq back on its stream
// (POST /api/v1/dead/{seq}/redrive).
func (c *Client) Redrive(ctx context.Context, seq uint64) error {
	return c.do(ctx, http.MethodPost, "/api/v1/dead/"+strconv.FormatUint(seq, 10)+"/redrive", nil, struct{}{}, nil)
}

// IsUnavailable reports whether err says the server has no pipeline.
func IsUnavailable(err error) bool { return errors.Is(err, ErrUnavailable) }
