package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// defaultWidth is the table width when the output is not a terminal and
// COLUMNS is not set.
const defaultWidth = 160

// termWidth is the width tables fit: $COLUMNS when set, else the width of
// the terminal w is, else defaultWidth.
func termWidth(e env, w io.Writer) int {
	if n, err := strconv.Atoi(e.getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	if f, ok := w.(*os.File); ok {
		if n := terminalColumns(f); n > 0 {
			return n
		}
	}
	return defaultWidth
}

// minEvidence is the fewest runes of evidence a table row shows however
// narrow the terminal.
const minEvidence = 30

// tableWriter prints commitments as an aligned table whose last column,
// the evidence, takes what is left of width and keeps the part around the
// value that was read.
type tableWriter struct {
	w     io.Writer
	width int
	rows  [][]string
	rowsC []news.Commitment
}

func newTableWriter(w io.Writer, width int) *tableWriter {
	return &tableWriter{w: w, width: width}
}

var tableHeader = []string{"DATE", "ACTOR", "KIND", "VALUE", "STATUS", "REVIEW", "CONF", "ID", "EVIDENCE"}

func (t *tableWriter) Write(c news.Commitment) error {
	date := "-"
	if !c.Published.IsZero() {
		date = c.Published.UTC().Format(time.DateOnly)
	}
	review := string(c.Review)
	if review == "" {
		review = "-"
	}
	t.rows = append(t.rows, []string{date, oneLine(c.Actor, 20), string(c.Kind), oneLine(c.Value(), 40),
		string(c.Status), review, fmt.Sprintf("%.2f", c.Confidence), c.ID, c.Evidence})
	t.rowsC = append(t.rowsC, c)
	return nil
}

func (t *tableWriter) Close() error {
	if len(t.rows) == 0 {
		_, err := fmt.Fprintln(t.w, "no commitments match")
		return err
	}
	printTable(t.w, t.width, tableHeader, t.rows, t.rowsC)
	return nil
}

// printTable prints rows under header, aligned, with the last column (the
// evidence of cs[i]) cut to fit width around the value.
func printTable(w io.Writer, width int, header []string, rows [][]string, cs []news.Commitment) {
	last := len(header) - 1
	used := 0
	for col := 0; col < last; col++ {
		n := utf8.RuneCountInString(header[col])
		for _, r := range rows {
			n = max(n, utf8.RuneCountInString(r[col]))
		}
		used += n + 2
	}
	room := max(width-used, minEvidence)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(header, "\t"))
	for i, r := range rows {
		r[last] = excerpt(cs[i], room)
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	tw.Flush()
}

// excerpt is c's evidence on one line in at most n runes: when it is
// longer, the window keeps the value that was read (or the actor) in view,
// with "…" where it was cut.
func excerpt(c news.Commitment, n int) string {
	// Flatten whitespace, drop control characters and remember where each
	// byte of the evidence landed.
	var out []rune
	pos := make([]int, len(c.Evidence)+1)
	space := false
	for i, r := range c.Evidence {
		pos[i] = len(out)
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			space = len(out) > 0
			continue
		case r < 0x20 || r == 0x7f:
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
	}
	for i := range pos {
		if i > 0 && pos[i] == 0 && i < len(c.Evidence) && !utf8.RuneStart(c.Evidence[i]) {
			pos[i] = pos[i-1]
		}
	}
	pos[len(c.Evidence)] = len(out)
	if len(out) <= n {
		return string(out)
	}
	focus := 0
	for _, sp := range []*[2]int{c.ValueSpan, c.ActorSpan} {
		if sp == nil {
			continue
		}
		if a, b := sp[0]-c.Start, sp[1]-c.Start; a >= 0 && b <= len(c.Evidence) && a < b {
			focus = (pos[a] + pos[b]) / 2
			break
		}
	}
	start := max(0, focus-n/2)
	end := min(len(out), start+n)
	start = max(0, end-n)
	s := string(out[start:end])
	if start > 0 {
		s = "…" + string(out[start+1:end])
	}
	if end < len(out) {
		r := []rune(s)
		s = string(r[:len(r)-1]) + "…"
	}
	return s
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
