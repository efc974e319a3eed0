package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// ledgerDB is what query, review and export need. *store.Store (the
// database opened directly) and *api.Client (a running 'pledgewatch run'
// that holds the database) both satisfy it, so each command is written once.
type ledgerDB interface {
	Commitments(ctx context.Context, q store.Query) (store.Page, error)
	Commitment(ctx context.Context, id string) (store.CommitmentRecord, error)
	ReviewQueue(ctx context.Context, q store.QueueQuery) (store.QueuePage, error)
	Accept(ctx context.Context, id, who, note string) (news.Commitment, error)
	Reject(ctx context.Context, id, who, note string) (news.Commitment, error)
	Correct(ctx context.Context, id, who string, fields store.Correction, note string) (news.Commitment, error)
	Totals(ctx context.Context, q store.LedgerQuery) (store.Totals, error)
}

var (
	_ ledgerDB = (*store.Store)(nil)
	_ ledgerDB = (*api.Client)(nil)
)

// ledgerLockWait is how long the CLI waits for the database lock before
// it talks to the running process's API instead.
const ledgerLockWait = 300 * time.Millisecond

// openLedger loads the configuration at cfgPath and opens its store
// (read-only unless write) or, when another process holds it, returns a
// Client for that process's API at http.addr. close releases what was
// opened.
func openLedger(e env, cfgPath string, write bool) (db ledgerDB, close func() error, err error) {
	cfg, err := loadConfig(e, cfgPath)
	if err != nil {
		return nil, nil, err
	}
	st, err := openStore(cfg, !write, ledgerLockWait)
	if err == nil {
		return st, st.Close, nil
	}
	if !errors.Is(err, store.ErrLocked) {
		return nil, nil, err
	}
	base := apiBaseURL(cfg.HTTP.Addr)
	fmt.Fprintf(e.stderr, "pledgewatch: the database is in use by a running pledgewatch; using its API at %s\n", base)
	return api.NewClient(base, cfg.HTTP.Token, &http.Client{Timeout: 10 * time.Minute}), func() error { return nil }, nil
}

// apiBaseURL is the URL a local client uses for a server listening on
// addr: an unspecified host (":8080", "0.0.0.0:8080") becomes loopback.
func apiBaseURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://" + addr
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// filterFlags are the commitment filters shared by query and export.
type filterFlags struct {
	country, kind, status, review, source, currency, text string
	since, until                                          string
	minAmount, maxAmount                                  string
}

func (f *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.country, "country", "", "actor: ISO 3166-1 alpha-2 `code`, EU, NATO or group:<name>")
	fs.StringVar(&f.kind, "kind", "", "`kind`: troops, money, equipment or support")
	fs.StringVar(&f.status, "status", "", "`status`: pledged, delivered, considering or declined")
	fs.StringVar(&f.review, "review", "", "review `state`: none, pending, accepted, rejected, corrected or all (default: all but rejected)")
	fs.StringVar(&f.since, "since", "", "published on or after `DATE` (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&f.until, "until", "", "published on or before `DATE` (a date includes the whole day)")
	fs.StringVar(&f.source, "source", "", "configured source `name`")
	fs.StringVar(&f.currency, "currency", "", "three-letter currency `code`")
	fs.StringVar(&f.text, "text", "", "`words` that must all appear in the evidence or the article title (whole words, any case)")
	fs.StringVar(&f.minAmount, "min-amount", "", "minimum troops, amount or count")
	fs.StringVar(&f.maxAmount, "max-amount", "", "maximum troops, amount or count")
}

// query validates the flags and returns the store query; errors are usage
// errors naming the flag.
func (f *filterFlags) query() (store.Query, error) {
	q := store.Query{Country: f.country, Source: f.source, Currency: f.currency, Text: f.text}
	if f.kind != "" && !news.Kind(f.kind).Valid() {
		return q, usagef("--kind: %q is not one of %v", f.kind, news.Kinds())
	}
	q.Kind = f.kind
	if f.status != "" && !news.Status(f.status).Valid() {
		return q, usagef("--status: %q is not one of %v", f.status, news.Statuses())
	}
	q.Status = f.status
	switch f.review {
	case "", "none", "pending", "accepted", "rejected", "corrected", store.ReviewAll:
		q.Review = f.review
	default:
		return q, usagef("--review: %q is not one of none, pending, accepted, rejected, corrected, all", f.review)
	}
	var err error
	if q.Since, err = api.ParseDate("since", f.since, false); err != nil {
		return q, usagef("--since: %q is not a date (YYYY-MM-DD) or RFC 3339 time", f.since)
	}
	if q.Until, err = api.ParseDate("until", f.until, true); err != nil {
		return q, usagef("--until: %q is not a date (YYYY-MM-DD) or RFC 3339 time", f.until)
	}
	for _, a := range []struct {
		flag, val string
		dst       **float64
	}{{"min-amount", f.minAmount, &q.MinAmount}, {"max-amount", f.maxAmount, &q.MaxAmount}} {
		if a.val == "" {
			continue
		}
		var v float64
		if _, err := fmt.Sscan(a.val, &v); err != nil || v != v {
			return q, usagef("--%s: %q is not a number", a.flag, a.val)
		}
		*a.dst = &v
	}
	return q, nil
}

// asUsage turns a rejected parameter (from the store or the API) into a
// usage error: the message names it, which matches the flag name.
func asUsage(err error) error {
	if errors.Is(err, store.ErrInvalid) {
		return usageError{err}
	}
	return err
}

func runQuery(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "query", "--config FILE [filters] [--format table|jsonl|csv] [--limit N]", `
Prints stored commitments, newest first, with corrections applied. Rejected
commitments are left out unless --review asks for them. JSON Lines use the
evaluation format's field names plus url, confidence and review.

Works while 'pledgewatch run' holds the database: it then asks the running
process over its HTTP API (http.addr, http.token).`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	format := fs.String("format", "table", "output `format`: table, jsonl or csv")
	limit := fs.Int("limit", 100, "print at most `N` commitments (0: all)")
	var ff filterFlags
	ff.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("query: unexpected argument %q", fs.Arg(0))
	}
	if err := checkFormat(*format, "table", "jsonl", "csv"); err != nil {
		return err
	}
	if *limit < 0 {
		return usagef("--limit: must not be negative")
	}
	q, err := ff.query()
	if err != nil {
		return err
	}
	db, closeDB, err := openLedger(e, *cfgPath, false)
	if err != nil {
		return err
	}
	defer closeDB()
	var w api.Writer
	if *format == "table" {
		w = newTableWriter(e.stdout)
	} else if w, err = api.NewWriter(e.stdout, *format); err != nil {
		return err
	}
	if _, err := api.Export(ctx, db, q, *limit, w); err != nil {
		return fmt.Errorf("query: %w", asUsage(err))
	}
	return w.Close()
}

// tableWriter prints commitments as an aligned table.
type tableWriter struct {
	tw *tabwriter.Writer
	n  int
}

func newTableWriter(w io.Writer) *tableWriter {
	return &tableWriter{tw: tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)}
}

func (t *tableWriter) Write(c news.Commitment) error {
	if t.n == 0 {
		fmt.Fprintln(t.tw, "DATE\tACTOR\tKIND\tVALUE\tSTATUS\tREVIEW\tCONF\tID\tEVIDENCE")
	}
	t.n++
	date := "-"
	if !c.Published.IsZero() {
		date = c.Published.UTC().Format(time.DateOnly)
	}
	review := string(c.Review)
	if review == "" {
		review = "-"
	}
	_, err := fmt.Fprintf(t.tw, "%s\t%s\t%s\t%s\t%s\t%s\t%.2f\t%s\t%s\n", date, oneLine(c.Actor, 20), c.Kind, oneLine(c.Value(), 40),
		c.Status, review, c.Confidence, c.ID, oneLine(c.Evidence, 70))
	return err
}

func (t *tableWriter) Close() error {
	if t.n == 0 {
		fmt.Fprintln(t.tw, "no commitments match")
	}
	return t.tw.Flush()
}

// oneLine flattens whitespace and shortens s to at most n runes for a
// table cell; control characters are dropped.
func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
