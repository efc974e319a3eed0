package api

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// maxContextLen bounds each sentence of context shown around evidence.
const maxContextLen = 400

// sentenceContext returns the sentence before text[start:end] and the one
// after it, trimmed, each at most maxContextLen bytes (cut at the far end
// with "…"). Offsets out of range give empty strings.
func sentenceContext(text string, start, end int) (before, after string) {
	if start < 0 || end > len(text) || start > end {
		return "", ""
	}
	start, end = runeFloor(text, start), runeFloor(text, end)
	b := strings.TrimRight(text[:start], " \t\r\n")
	if b != "" {
		i := lastSentenceStart(b[:len(b)-1])
		before = strings.TrimSpace(b[i:])
		if len(before) > maxContextLen {
			cut := runeFloor(before, len(before)-maxContextLen)
			before = "…" + before[cut:]
		}
	}
	a := strings.TrimLeft(text[end:], " \t\r\n")
	if a != "" {
		after = strings.TrimSpace(a[:sentenceEnd(a)])
		if len(after) > maxContextLen {
			after = after[:runeFloor(after, maxContextLen)] + "…"
		}
	}
	return before, after
}

// lastSentenceStart is the offset after the last sentence break in s
// (".", "!" or "?" followed by white space, or a newline), or 0.
func lastSentenceStart(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '\n':
			return i + 1
		case ' ', '\t', '\r':
			if i > 0 && strings.IndexByte(".!?", s[i-1]) >= 0 {
				return i + 1
			}
		}
	}
	return 0
}

// sentenceEnd is the offset just after the first sentence of s: after a
// ".", "!" or "?" followed by white space or the end, or before a newline.
func sentenceEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			return i
		case '.', '!', '?':
			if i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t' || s[i+1] == '\r' {
				return i + 1
			}
		}
	}
	return len(s)
}

// siblings are the commitments of cs, other than c, whose evidence span
// overlaps c's: the other lines the rules read in the same sentence.
func siblings(cs []news.Commitment, c news.Commitment) []news.Commitment {
	var out []news.Commitment
	for _, o := range cs {
		if o.ID != c.ID && o.Start < c.End && c.Start < o.End {
			out = append(out, o)
		}
	}
	return out
}
