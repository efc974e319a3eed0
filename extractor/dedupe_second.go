package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// secondAmount reports whether the later of x and y, and only it, has its
// value right after "another", "a further", "additional" or "extra":
// one more amount, not the earlier one said again. The earlier must be a
// sentence of the body: a headline ("Spain to send 300 troops") often
// leaves out the "more" of the body.
func secondAmount(x, y news.Commitment) bool {
	if y.Start < x.Start {
		x, y = y, x
	}
	return markedMore(y) && !markedMore(x) && !headline(x)
}

// headline reports whether c's evidence is the first line of the text and
// ends with no full stop: "Spain to send 300 troops to the mission".
func headline(c news.Commitment) bool {
	e := strings.TrimSpace(c.Evidence)
	if c.Start != 0 || e == "" {
		return false
	}
	switch e[len(e)-1] {
	case '.', '!', '?', '"':
		return false
	}
	return !strings.HasSuffix(e, "”")
}

// markedMore reports whether the word before c's value in its evidence is
// "another", "further", "additional" or "extra".
func markedMore(c news.Commitment) bool {
	if c.ValueSpan == nil {
		return false
	}
	at := c.ValueSpan[0] - c.Start
	if at <= 0 || at > len(c.Evidence) {
		return false
	}
	words := strings.Fields(c.Evidence[:at])
	if len(words) == 0 {
		return false
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "another", "further", "additional", "extra":
		return true
	}
	return false
}
