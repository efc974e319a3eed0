package api

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// CSVHeader is the header row of CSV exports.
var CSVHeader = []string{"id", "article_id", "published", "actor", "kind", "troops", "amount", "currency",
	"item", "count", "qualifier", "status", "recipient", "confidence", "review", "url", "evidence"}

// Writer writes commitments in one export format. Close flushes it; the
// underlying io.Writer is the caller's.
type Writer interface {
	Write(c news.Commitment) error
	Close() error
}

// NewWriter returns a Writer for format "jsonl" (one news.Commitment JSON
// object per line, the evaluation field names plus url, confidence and
// review) or "csv" (CSVHeader, then one row per commitment). Any other
// format is a *ParamError naming "format".
func NewWriter(w io.Writer, format string) (Writer, error) {
	switch format {
	case "jsonl":
		return &jsonlWriter{enc: json.NewEncoder(w)}, nil
	case "csv":
		return &csvWriter{w: csv.NewWriter(w)}, nil
	}
	return nil, badParam("format", "%q is not one of csv, jsonl", clip(format))
}

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) Write(c news.Commitment) error {
	if err := j.enc.Encode(c); err != nil {
		return fmt.Errorf("api: write jsonl: %w", err)
	}
	return nil
}

func (j *jsonlWriter) Close() error { return nil }

type csvWriter struct {
	w      *csv.Writer
	header bool
}

func (c *csvWriter) Write(m news.Commitment) error {
	if !c.header {
		c.header = true
		if err := c.w.Write(CSVHeader); err != nil {
			return fmt.Errorf("api: write csv: %w", err)
		}
	}
	if err := c.w.Write(CSVRecord(m)); err != nil {
		return fmt.Errorf("api: write csv: %w", err)
	}
	return nil
}

func (c *csvWriter) Close() error {
	if !c.header {
		c.header = true
		_ = c.w.Write(CSVHeader)
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return fmt.Errorf("api: write csv: %w", err)
	}
	return nil
}

// CSVRecord is the CSV row of c, in the order of CSVHeader. Empty numbers
// are empty cells; text cells that a spreadsheet would take for a formula
// (starting with = + - @) are prefixed with an apostrophe.
func CSVRecord(c news.Commitment) []string {
	pub := ""
	if !c.Published.IsZero() {
		pub = c.Published.UTC().Format(time.RFC3339)
	}
	i64 := func(p *int64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatInt(*p, 10)
	}
	amount := ""
	if c.Amount != nil {
		amount = strconv.FormatFloat(*c.Amount, 'f', -1, 64)
	}
	return []string{c.ID, c.ArticleID, pub, cell(c.Actor), string(c.Kind), i64(c.Troops), amount, cell(c.Currency),
		cell(c.Item), i64(c.Count), cell(c.Qualifier), string(c.Status), cell(c.Recipient),
		strconv.FormatFloat(c.Confidence, 'f', -1, 64), string(c.Review), cell(c.URL), cell(c.Evidence)}
}

func cell(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') {
		return "'" + s
	}
	return s
}

// Pager is the part of *store.Store (and *Client) that Export needs.
type Pager interface {
	Commitments(ctx context.Context, q store.Query) (store.Page, error)
}

// Export writes every commitment matching q (following cursors from
// q.Cursor on, at most max items when max > 0) to w and returns how many it
// wrote. It does not Close w. Pages are read one at a time.
func Export(ctx context.Context, p Pager, q store.Query, max int, w Writer) (int, error) {
	n := 0
	if q.Limit == 0 {
		q.Limit = store.MaxLimit
	}
	for {
		if max > 0 && max-n < q.Limit {
			q.Limit = max - n
		}
		page, err := p.Commitments(ctx, q)
		if err != nil {
			return n, err
		}
		for _, c := range page.Items {
			if err := w.Write(c); err != nil {
				return n, err
			}
			n++
		}
		if page.Next == "" || (max > 0 && n >= max) {
			return n, nil
		}
		q.Cursor = page.Next
	}
}
