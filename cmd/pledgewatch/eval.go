package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/pledgewatch/pledgewatch/internal/eval"
)

func runEval(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "eval", "--gold GOLD.jsonl [--show] [--lexicon FILE] DIR|FILE...", `
Runs the extractor over the .txt files of DIR (as "pledgewatch extract" does)
and scores the commitments against the gold annotations: precision, recall
and F1 per kind, for troops+money and for all kinds, and status accuracy.
The numbers are those of shared/eval/score.py on the same files.`)
	gold := fs.String("gold", "", "gold annotations `file` (JSON Lines)")
	show := fs.Bool("show", false, "list false positives, false negatives and status mismatches")
	lexicon := fs.String("lexicon", "", "user lexicon `file` (YAML) merged over the built-in lexicons")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *gold == "" {
		return usagef("eval: --gold is required")
	}
	if fs.NArg() == 0 {
		return usagef("eval: no DIR or FILE given")
	}
	ex, err := extractorWithLexicon(*lexicon)
	if err != nil {
		return err
	}
	f, err := os.Open(*gold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	goldRows, err := eval.Load(f, *gold)
	if err != nil {
		return err
	}
	files, err := inputFiles(fs.Args())
	if err != nil {
		return err
	}
	var pred []eval.Row
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, text, err := readDoc(path)
		if err != nil {
			return err
		}
		for _, c := range ex.Extract(text) {
			c.Doc = doc
			// the same JSON as "extract --format jsonl", read back generically
			b, err := json.Marshal(c)
			if err != nil {
				return fmt.Errorf("eval: %w", err)
			}
			rows, err := eval.Load(bytes.NewReader(b), doc)
			if err != nil {
				return err
			}
			pred = append(pred, rows...)
		}
	}
	rep, err := eval.Score(pred, goldRows, eval.Options{})
	if err != nil {
		return err
	}
	return rep.Format(e.stdout, *show)
}
