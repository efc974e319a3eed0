package extractor

// Text statistics: counts over the whole text that the features of every
// line read (actor mentions, quantities per sentence), and the
// per-sentence class masks and negation flags that let frames and guards
// skip sentences; computeStats fills them once per text.

// textStats are counts over the whole text that the features of every
// line read; computeStats fills them once per text, so that a line's
// features cost no pass over the text.
type textStats struct {
	// head is the index of the first token after the first line.
	head int
	// codes counts the mentions of each actor code, and whether one
	// stands on the first line.
	codes []codeStat
	// codeAt maps a code to its index in codes.
	codeAt map[string]int
	// top is the largest count of codes, anyHead whether a code stands
	// on the first line.
	top     int
	anyHead bool
	// sentQuants[i] is the number of quantities in sentence i.
	sentQuants []int
	// sentCls[i] has bit c set when a match of class c starts in
	// sentence i: frames that need a word of some class skip the others
	// (filled by analysis.fillSentWords, with the other sentence masks).
	sentCls []uint64
	// sentNeg[i] is 0 while unknown, 1 or 2 when sentence i has no
	// negation or has one (negatedSentence).
	sentNeg []uint8
}

type codeStat struct {
	code string
	n    int
	head bool
}

// computeStats fills a.stats for the analysed text (but sentCls, which
// analyze fills).
func (a *analysis) computeStats() {
	st := &a.stats
	st.head = a.firstLineEnd()
	st.codes = st.codes[:0]
	if st.codeAt == nil {
		st.codeAt = map[string]int{}
	}
	clear(st.codeAt)
	for _, o := range a.actors {
		i, ok := st.codeAt[o.code]
		if !ok {
			st.codes = append(st.codes, codeStat{code: o.code})
			i = len(st.codes) - 1
			st.codeAt[o.code] = i
		}
		st.codes[i].n++
		st.codes[i].head = st.codes[i].head || o.start < st.head
	}
	st.top, st.anyHead = 0, false
	for _, c := range st.codes {
		st.top = max(st.top, c.n)
		st.anyHead = st.anyHead || c.head
	}
	st.sentQuants = grow(st.sentQuants, len(a.sents))
	clear(st.sentQuants)
	st.sentNeg = grow(st.sentNeg, len(a.sents))
	clear(st.sentNeg)
	for _, o := range a.quants {
		if o.sent >= 0 && o.sent < len(st.sentQuants) {
			st.sentQuants[o.sent]++
		}
	}
}

// negatedSentence reports whether sentence si holds a negation ("not",
// "nor", "never" …), remembering the answer in a.stats.sentNeg.
func (a *analysis) negatedSentence(si int) bool {
	if !a.sentHas(si, wNegation) {
		return false
	}
	st := &a.stats
	if len(st.sentNeg) != len(a.sents) {
		st.sentNeg = grow(st.sentNeg, len(a.sents))
		clear(st.sentNeg)
	}
	if st.sentNeg[si] == 0 {
		st.sentNeg[si] = 1
		s := a.sents[si]
		for k := s.start; k < s.end; k++ {
			switch a.lw(k) {
			case "not", "n't", "nor", "never", "neither", "no":
				st.sentNeg[si] = 2
			}
		}
	}
	return st.sentNeg[si] == 2
}

// spanHasCls reports whether a token of s starts a match of one of the
// classes of mask (bit c for class c): one test of the sentence's class
// mask when s is a whole sentence, else a look at each token.
func (a *analysis) spanHasCls(s span, mask uint64) bool {
	if si := a.sentOf(s); si >= 0 && len(a.stats.sentCls) == len(a.sents) {
		return a.stats.sentCls[si]&mask != 0
	}
	for k := max(s.start, 0); k < s.end && k < len(a.cls); k++ {
		if a.cls[k]&mask != 0 {
			return true
		}
	}
	return false
}

// of returns the counts of actor code, zero when it is not mentioned.
func (st *textStats) of(code string) codeStat {
	if i, ok := st.codeAt[code]; ok {
		return st.codes[i]
	}
	return codeStat{code: code}
}
