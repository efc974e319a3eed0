// Package extractor finds commitments in article text with rules. It does
// no I/O: text in, []news.Commitment out.
package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Version identifies the rule set; it changes whenever rules change.
const Version = "rules-0"

// Options configures an Extractor.
type Options struct {
	// UserLexicon is the content of a user lexicon file merged over the
	// embedded defaults; nil for none.
	UserLexicon []byte
}

// Extractor runs the rules. It is safe for concurrent use.
type Extractor struct{}

// New returns an Extractor with the embedded lexicons plus opts.UserLexicon.
func New(opts Options) (*Extractor, error) { return &Extractor{}, nil }

// Extract returns the commitments found in text. Start and End are byte
// offsets into text with Evidence == text[Start:End]; ID and ArticleID are
// left empty for the caller.
func (e *Extractor) Extract(text string) []news.Commitment { return nil }
