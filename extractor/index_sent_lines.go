package extractor

import (
	"sort"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// sentChains chains the emitted lines of a text by sentence (lineIndex):
// a frame that looks for a line in the sentences before its quantity
// visits the lines of those sentences, not every line of a long text.
// It holds ints only: last[si]+1 is the last line of sentence si (0 for
// none; grown as sentences are seen) and prev[i]+1 the line before line i
// in its sentence.
type sentChains struct {
	last []int
	prev []int
}

// reset empties the chains for a new text, keeping their memory.
func (c *sentChains) reset() {
	clear(c.last)
	c.last, c.prev = c.last[:0], c.prev[:0]
}

// add chains line i, whose evidence starts in sentence si (-1: before
// the first sentence, which chains nothing); lines are added in order,
// from 0 after reset, so i is len(c.prev).
func (c *sentChains) add(i, si int) {
	if si < 0 {
		c.prev = append(c.prev, -1)
		return
	}
	for len(c.last) <= si {
		c.last = append(c.last, 0)
	}
	c.prev = append(c.prev, c.last[si]-1)
	c.last[si] = i + 1
}

// sentOfByte returns the index of the last sentence that starts at or
// before byte b (the sentence that holds b when one does), or -1.
func (a *analysis) sentOfByte(b int) int {
	if len(a.sentStartByte) == len(a.sents) {
		return sort.SearchInts(a.sentStartByte, b+1) - 1
	}
	return sort.Search(len(a.sents), func(i int) bool { return a.toks[a.sents[i].start].start > b }) - 1
}

// linesInSents calls f with the index of each line of cs (a prefix of
// the text's emitted lines) whose evidence starts in one of the sentences
// from to to (inclusive), last line of each sentence first: every line
// with an evidence start from the first byte of sentence from up to, not
// including, the first byte of sentence to+1 is among them.
func (a *analysis) linesInSents(cs []news.Commitment, from, to int, f func(i int)) {
	ix := a.syncLines(cs)
	for si := max(from, 0); si <= to && si < len(ix.bySent.last); si++ {
		for i := ix.bySent.last[si] - 1; i >= 0; i = ix.bySent.prev[i] {
			if i < len(cs) {
				f(i)
			}
		}
	}
}
