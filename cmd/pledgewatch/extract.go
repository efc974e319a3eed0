package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/crawler"
	"github.com/pledgewatch/pledgewatch/extractor"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

func runExtract(ctx context.Context, e env, args []string) error {
	fs := newFlagSet(e, "extract", "[--format jsonl|table] [--mentions] [--lexicon FILE] FILE|DIR...", `
Runs the extractor over plain-text (.txt) and HTML (.html) files without NATS
or a store, and prints the commitments found. A directory stands for every
.txt and .html file inside it (recursively), in sorted order. The document id
of a file is its name without the extension.

--mentions prints what the rules recognised (actors, numbers, money, troops,
equipment, support, triggers, status cues) instead of commitments.`)
	format := fs.String("format", "table", "output `format`: jsonl or table")
	mentions := fs.Bool("mentions", false, "print recognised mentions instead of commitments")
	lexicon := fs.String("lexicon", "", "user lexicon `file` (YAML) merged over the built-in lexicons")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "jsonl", "table"); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("extract: no FILE or DIR given")
	}
	ex, err := extractorWithLexicon(*lexicon)
	if err != nil {
		return err
	}
	files, err := inputFiles(fs.Args())
	if err != nil {
		return err
	}
	failed := 0
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, text, err := readDoc(f)
		if err != nil {
			return err
		}
		if *mentions {
			if err := printMentions(e.stdout, *format, doc, ex.Mentions(text)); err != nil {
				return err
			}
			continue
		}
		cs, err := ex.TryExtract(text)
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "extract: %s: %v\n", f, err)
			continue
		}
		for i := range cs {
			cs[i].Doc = doc
		}
		if err := printCommitments(e.stdout, *format, cs); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d files failed (see above); the others were printed", failed, len(files))
	}
	return nil
}

// extractorWithLexicon builds an extractor with the user lexicon at path, if any.
func extractorWithLexicon(path string) (*extractor.Extractor, error) {
	var opts extractor.Options
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("extract: lexicon: %w", err)
		}
		opts.UserLexicon = data
	}
	ex, err := extractor.New(opts)
	if err != nil {
		return nil, usageError{fmt.Errorf("extract: %w", err)}
	}
	return ex, nil
}

// inputFiles expands the arguments into .txt and .html files: files as
// given, directories walked, each directory's files sorted.
func inputFiles(args []string) ([]string, error) {
	var out []string
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		if !info.IsDir() {
			out = append(out, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isInput(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

func isInput(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".html", ".htm":
		return true
	}
	return false
}

// readDoc returns the document id and plain text of one input file.
func readDoc(path string) (doc, text string, err error) {
	base := filepath.Base(path)
	ext := filepath.Ext(base)
	doc = strings.TrimSuffix(base, ext)
	switch strings.ToLower(ext) {
	case ".html", ".htm":
		data, err := readLimited(path)
		if err != nil {
			return "", "", err
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return "", "", fmt.Errorf("extract: %w", err)
		}
		// The same main-text extraction as the crawler's.
		a, err := crawler.ParseArticle((&url.URL{Scheme: "file", Path: abs}).String(), data)
		if err != nil {
			return "", "", fmt.Errorf("extract: %s: %w", path, err)
		}
		return doc, a.Text, nil
	case ".txt":
		data, err := readLimited(path)
		if err != nil {
			return "", "", err
		}
		if !utf8.Valid(data) {
			return "", "", fmt.Errorf("extract: %s is not UTF-8 text", path)
		}
		return doc, string(data), nil
	}
	return "", "", usagef("extract: %s: want a .txt or .html file", path)
}

// maxInputBytes is the largest input file extract reads.
const maxInputBytes = 64 << 20

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("extract: %s: %w", path, err)
	}
	if len(data) > maxInputBytes {
		return nil, fmt.Errorf("extract: %s is larger than %d MiB", path, maxInputBytes>>20)
	}
	return data, nil
}

// printCommitments writes commitments as JSON Lines (the evaluation format)
// or as an aligned table.
func printCommitments(w io.Writer, format string, cs []news.Commitment) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, c := range cs {
			if err := enc.Encode(c); err != nil {
				return fmt.Errorf("extract: %w", err)
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, c := range cs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.2f\t%s\n", c.Doc, c.Actor, c.Kind, c.Value(), c.Status, c.Confidence, clip(c.Evidence, 80))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	return nil
}

// printMentions writes the mentions of one document.
func printMentions(w io.Writer, format, doc string, ms []extractor.Mention) error {
	if format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, m := range ms {
			row := struct {
				Doc string `json:"doc"`
				extractor.Mention
			}{doc, m}
			if err := enc.Encode(row); err != nil {
				return fmt.Errorf("extract: %w", err)
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, m := range ms {
		fmt.Fprintf(tw, "%s\t%d-%d\t%s\t%s\t%s\t%s\n", doc, m.Start, m.End, m.Type, m.Value, m.Qualifier, clip(m.Text, 60))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	return nil
}

// clip shortens s to at most n runes on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
