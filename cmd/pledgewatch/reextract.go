package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/api"
	"github.com/pledgewatch/pledgewatch/internal/pipeline"
	"github.com/pledgewatch/pledgewatch/store"
)

func runReextract(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "reextract", "--config FILE", `
Re-runs the current extraction rules over every stored article, without
re-crawling. Commitments the rules no longer find are removed, new ones are
added; human review decisions (accept, reject, correct) are kept. Works while
'pledgewatch run' holds the database: it then asks the running process.`)
	cfgPath := fs.String("config", "", "configuration `file` (YAML)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(e, *cfgPath)
	if err != nil {
		return err
	}
	x, err := newExtractor(cfg)
	if err != nil {
		return err
	}
	st, err := openStore(cfg, false, 500*time.Millisecond)
	var n int
	switch {
	case errors.Is(err, store.ErrLocked):
		n, err = api.NewClient(apiBaseURL(cfg.HTTP.Addr), cfg.HTTP.Token, &http.Client{}).Reextract(ctx)
	case err != nil:
		return err
	default:
		n, err = pipeline.ReextractN(ctx, st, x, time.Now(), cfg.Extractor.MaxCommitmentsPerArticle)
		if cerr := st.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return fmt.Errorf("reextract: %w", err)
	}
	fmt.Fprintf(e.stdout, "re-extracted %d article(s)\n", n)
	return nil
}
