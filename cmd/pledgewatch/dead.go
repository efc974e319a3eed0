package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/store"
)

// deadQueue is what the dead command needs; *pipeline.Pipeline (the queue
// opened here) and *api.Client (a running 'pledgewatch run') satisfy it.
type deadQueue interface {
	DeadLetters(ctx context.Context, n int) ([]news.DeadLetter, error)
	Redrive(ctx context.Context, seq uint64) error
}

var (
	_ deadQueue = (*pipeline.Pipeline)(nil)
	_ deadQueue = (*api.Client)(nil)
)

func runDead(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "dead", "list|redrive --config FILE [--limit N] [SEQ...]", `
Shows the messages the pipeline gave up on — an article or an extraction whose
processing failed permanently or on every delivery (nats.max_deliver) — with
the reason and the article URL, newest first ('dead list'), and puts them back
for another try once the cause is fixed ('dead redrive SEQ...').

Works while 'pledgewatch run' holds the data directory: it then asks the
running process over its HTTP API.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	limit := fs.Int("limit", 50, "list at most `N` dead letters")
	if len(args) == 0 || (args[0] != "list" && args[0] != "redrive") {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			return parseFlags(fs, args)
		}
		fs.Usage()
		return usagef("dead: want 'list' or 'redrive'")
	}
	action := args[0]
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	var seqs []uint64
	for _, a := range fs.Args() {
		n, err := strconv.ParseUint(a, 10, 64)
		if err != nil || n == 0 {
			return usagef("dead %s: %q is not a dead-letter number", action, a)
		}
		seqs = append(seqs, n)
	}
	switch {
	case action == "list" && len(seqs) > 0:
		return usagef("dead list: unexpected argument %q", fs.Arg(0))
	case action == "redrive" && len(seqs) == 0:
		return usagef("dead redrive: give the SEQ of at least one dead letter (see 'dead list')")
	case *limit < 1 || *limit > store.MaxLimit:
		return usagef("--limit: must be between 1 and %d", store.MaxLimit)
	}
	cfg, err := loadConfig(e, *cfgPath)
	if err != nil {
		return err
	}

	var q deadQueue
	if cfg.NATS.URL == "" {
		// The embedded server's files belong to whoever holds the store.
		st, err := openStore(cfg, false, ledgerLockWait)
		switch {
		case errors.Is(err, store.ErrLocked):
			base := apiBaseURL(cfg.HTTP.Addr)
			fmt.Fprintf(e.stderr, "pledgewatch: the data directory is in use by a running pledgewatch; using its API at %s\n", base)
			q = api.NewClient(base, cfg.HTTP.Token, &http.Client{Timeout: time.Minute})
		case err != nil:
			return err
		default:
			defer st.Close()
		}
	}
	if q == nil {
		log := newLogger(e.stderr, "warn")
		qu, err := openQueue(ctx, cfg, log, false)
		if err != nil {
			return err
		}
		defer qu.Close()
		p, err := pipeline.New(pipeline.Config{Queue: qu, Logger: log})
		if err != nil {
			return err
		}
		q = p
	}

	if action == "redrive" {
		for _, seq := range seqs {
			if err := q.Redrive(ctx, seq); err != nil {
				return fmt.Errorf("dead redrive: %w", asUsage(err))
			}
			fmt.Fprintf(e.stdout, "redriven %d\n", seq)
		}
		return nil
	}
	dls, err := q.DeadLetters(ctx, *limit)
	if err != nil {
		return fmt.Errorf("dead list: %w", err)
	}
	if len(dls) == 0 {
		fmt.Fprintln(e.stdout, "no dead letters")
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "SEQ\tTIME\tSTREAM\tTRIES\tURL\tREASON\n")
	for _, d := range dls {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%s\n", d.Seq, d.Time.UTC().Format(time.RFC3339), d.Stream, d.Deliveries,
			oneLine(d.URL, 60), oneLine(d.Reason, 100))
	}
	return tw.Flush()
}
