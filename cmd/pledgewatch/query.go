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
	"time"

	"github.com/pledgewatch/pledgewatch/internal/amount"
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
	Undo(ctx context.Context, id, who, note string) (news.Commitment, error)
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
	fs.StringVar(&f.country, "country", "", "actor: ISO 3166-1 alpha-2 `code` (GB), a country name (Germany), EU, NATO or group:<name>")
	fs.StringVar(&f.kind, "kind", "", "`kind`: troops, money, equipment or support")
	fs.StringVar(&f.status, "status", "", "`status`: pledged, delivered, considering or declined")
	fs.StringVar(&f.review, "review", "", "review `state`: none, pending, accepted, rejected, corrected or all (default: all but rejected)")
	fs.StringVar(&f.since, "since", "", "published on or after `DATE` (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&f.until, "until", "", "published on or before `DATE` (a date includes the whole day)")
	fs.StringVar(&f.source, "source", "", "configured source `name`")
	fs.StringVar(&f.currency, "currency", "", "three-letter currency `code`")
	fs.StringVar(&f.text, "text", "", "`words` that must all appear in the evidence or the article title (whole words, any case)")
	fs.StringVar(&f.minAmount, "min-amount", "", "minimum troops, amount or count: 2500, 2,500, 1.2 billion, 1bn, 1e9")
	fs.StringVar(&f.maxAmount, "max-amount", "", "maximum troops, amount or count (as --min-amount)")
}

// query validates the flags and returns the store query; errors are usage
// errors naming the flag. Notes about how a value was read ("UK" taken as
// GB) go to notes.
func (f *filterFlags) query(notes io.Writer) (store.Query, error) {
	q := store.Query{Source: f.source, Currency: f.currency, Text: f.text}
	country, note, err := resolveCountry("country", f.country)
	if err != nil {
		return q, err
	}
	if note != "" {
		fmt.Fprintf(notes, "pledgewatch: %s\n", note)
	}
	q.Country = country
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
		v, cur, err := amount.Parse(a.val)
		if err != nil {
			return q, usageError{fmt.Errorf("--%s: %w", a.flag, err)}
		}
		if cur != "" && !strings.EqualFold(cur, f.currency) {
			return q, usagef("--%s %q names a currency: add --currency %s (or leave the currency out)", a.flag, a.val, cur)
		}
		*a.dst = &v
	}
	return q, nil
}

// asUsage turns a rejected parameter (from the store or the API) into a
// usage error: the message names it, which matches the flag name.
func asUsage(err error) error {
	var pe *api.ParamError
	switch {
	case errors.As(err, &pe):
		return usageError{reworded{fmt.Sprintf("--%s: %s", flagName(pe.Param), pe.Msg), err}}
	case errors.Is(err, store.ErrInvalid):
		msg := err.Error()
		if _, rest, ok := strings.Cut(msg, store.ErrInvalid.Error()+" "); ok {
			if name, m, ok := strings.Cut(rest, ": "); ok && !strings.Contains(name, " ") {
				msg = fmt.Sprintf("--%s: %s", flagName(name), m)
			}
		}
		return usageError{reworded{msg, err}}
	}
	return err
}

// flagName is the command-line flag of an API or store parameter.
func flagName(param string) string {
	switch param {
	case "q":
		return "text"
	case "actor":
		return "country"
	}
	return strings.ReplaceAll(param, "_", "-")
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
	limit := fs.Int("limit", 100, "print at most `N` commitments (0: all); jsonl and csv print all unless --limit is given")
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
	if *format != "table" && !flagGiven(fs, "limit") {
		*limit = 0
	}
	q, err := ff.query(e.stderr)
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
		w = newTableWriter(e.stdout, termWidth(e, e.stdout))
	} else if w, err = api.NewWriter(e.stdout, *format); err != nil {
		return err
	}
	n, err := api.Export(ctx, db, q, *limit, w)
	if err != nil {
		return fmt.Errorf("query: %w", asUsage(err))
	}
	if err := w.Close(); err != nil {
		return err
	}
	if *limit > 0 && n == *limit {
		total, err := api.Export(ctx, db, q, 0, discardWriter{})
		if err != nil {
			return fmt.Errorf("query: %w", asUsage(err))
		}
		if total > n {
			fmt.Fprintf(e.stderr, "showing %d of %d (--limit 0 for all)\n", n, total)
		}
	}
	return nil
}

// discardWriter counts nothing and writes nothing: api.Export with it
// counts the matches.
type discardWriter struct{}

func (discardWriter) Write(news.Commitment) error { return nil }
func (discardWriter) Close() error                { return nil }

// flagGiven reports whether the flag name was set on the command line.
func flagGiven(fs *flag.FlagSet, name string) bool {
	given := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			given = true
		}
	})
	return given
}
