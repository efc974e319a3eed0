package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// span is a range of token indexes, end exclusive.
type span struct{ start, end int }

// actorMention is a phrase that names a possible committer.
type actorMention struct {
	span
	code string // ISO alpha-2, EU, NATO, or "group:<text>"
	cls  class  // cCountry, cDemonym, cMetonym, cLeader or cGroup
	// person is true for a leader or a titled official: the antecedent of
	// "he" or "she".
	person bool
	// subject is true when the mention can be the subject of a verb: not
	// after a preposition ("in Paris"), not a modifier ("U.S. involvement").
	subject bool
	// reporter is true for "X said": the source, not the committer.
	reporter bool
	// far is true for an antecedent found more than one sentence back.
	far  bool
	sent int
}

// quantity is something that can be committed: an amount of money, a
// number of troops, equipment or a kind of support.
type quantity struct {
	span
	kind news.Kind
	num  *numPhrase // nil when the text gives no number
	// currency is the ISO code for money; candidates lists the codes of an
	// ambiguous currency word ("kroner") instead.
	currency   string
	candidates []string
	// fallback is the candidate read when the actor's currency is none of
	// them ("kronor": SEK).
	fallback string
	item     string
	// prepped is true when a preposition precedes the phrase ("£1bn in
	// missile exports", "participation in monitoring"): it describes
	// something else, it is not what is committed.
	prepped bool
	// conversion is true for an amount that restates the one before it
	// in another currency: "NOK 10 billion ($950 million)", "…, or about
	// $950 million".
	conversion bool
	// bareDollar is true for money written with a lone "$" (USD assumed).
	bareDollar bool
	// listed is true for goods read from a verbless line of a list under
	// a header (readListLine): the lexicon may not know their noun.
	listed bool
	sent   int
}

// analysis is everything the grammar found in one text.
type analysis struct {
	doc
	// wantCtx asks for the context features of each line
	// (features_context.go): when the confidence model weighs one of
	// them, or when ExtractWithFeatures returns them for a fit.
	wantCtx bool
	// outBuf and orderBuf are scratch memory of commitments.
	outBuf   []news.Commitment
	orderBuf []int
	ann      [][]match
	all      []match // backing array of ann
	// cls[k] has bit c set when a match of class c starts at token k.
	cls     []uint64
	sents   []span
	claimed []bool
	actors  []actorMention
	quants  []quantity
	numbers []numPhrase // numbers that are none of the above
	// actorAt[k] is the index in actors of the mention covering token k, or -1.
	actorAt []int32
	// sentActors[i] is the range of actors (indexes) in sentence i.
	sentActors []span
	// sentQuantSpan[i] is the range of quants in sentence i when
	// quantsGrouped (see index.go).
	sentQuantSpan []span
	quantsGrouped bool
	// numbersSorted and actorsSorted are true when a.numbers and a.actors
	// are in text order (see index.go).
	numbersSorted, actorsSorted bool
	// scratch is reused memory of the line stages (see index.go).
	scratch scratch
	// lineIx indexes the lines emitted so far (see index.go).
	lineIx lineIndex
	// receivers caches analysis.receiverInText: nil until first asked.
	receivers map[string]bool
	// writesCur caches analysis.writes per currency.
	writesCur map[string]bool
	// spanBuf is scratch memory of the actor and value spans of outBuf;
	// the result gets its own copy.
	spanBuf [][2]int
	// featBuf holds the features of the lines emitted for this text, and
	// featIdx the index in featBuf of each line returned (see confidence.go).
	featBuf []lineFeat
	featIdx []int
	// stats are counts over the text for the features (features_stats.go).
	stats textStats
	// usdContext is true when the text itself says its dollars are US
	// dollars: an explicit USD amount or phrase, or a US dateline.
	usdContext bool
	// ownCurrency maps a country code to its currency (the Extractor's).
	ownCurrency map[string]string
	// frames is the Extractor's frame table (selectFrame).
	frames *frameTable
	// inDonor is true while moneyDonorBefore reads the frames of earlier
	// money: they may not look further back themselves.
	inDonor bool
	// quantSpare is memory for a.quants when troopEllipsis adds to them
	// (see insertByStart).
	quantSpare []quantity
	// unframedBuf is scratch memory of commitments (the quantities of no
	// frame).
	unframedBuf []quantity
	// tokSent[k] is a.sentAfter(k), for every token (empty when the
	// sentences are not in order).
	tokSent []int32
	// owners remembers the last answer of troopOwners while the
	// commitments are read (many frames ask it for the same quantity).
	owners ownersMemo
	// lineStarts[i] caches lineStart of sentence i: -2 until first asked.
	lineStarts []int32
	// vocabWords is the trie's word classes by vocabulary id (tokHas).
	vocabWords []uint32
	// sentWords[i] has bit w set when sentence i holds a word of word
	// class w (wordclass.go).
	sentWords []uint32
	// sentFunc[i] has bit w set when sentence i holds the function word
	// of wordID w (wordid.go).
	sentFunc []wordMask
	// welcomeAt lists the tokens of word class wWelcome in order, and
	// welcomeOK tells whether it is filled for this text (tokensOf).
	welcomeAt []int
	welcomeOK bool
	// sentStartByte[i] is the byte offset of sentence i (sentAt).
	sentStartByte []int
	// lineMem is memory for the lines built (commitment_mem.go).
	lineMem lineMem
	// actorMem is memory for the actor lists of frames (keepActors).
	actorMem []actorMention
	// numMem is memory for the numbers of the quantities (keepNum).
	numMem []numPhrase
	// memo keeps what history guards read of each sentence
	// (frames_context_memo.go).
	memo sentMemo
}

// actorsOf returns the actor mentions of sentence s, in text order.
func (a *analysis) actorsOf(s span) []actorMention {
	si := a.sentOf(s)
	if si < 0 {
		return nil
	}
	r := a.sentActors[si]
	return a.actors[r.start:r.end]
}

// keepActors returns a copy of list (nil when it is empty) in memory of
// the analysis that the next text reuses: for the actor lists of frames,
// which live no longer than the analysis. The copy has no room after it,
// so an append to it never writes over another list.
func (a *analysis) keepActors(list []actorMention) []actorMention {
	if len(list) == 0 {
		return nil
	}
	n := len(a.actorMem)
	a.actorMem = append(a.actorMem, list...)
	return a.actorMem[n:len(a.actorMem):len(a.actorMem)]
}

// grow returns s resized to n, reusing its memory when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// release returns the memory of a to the free list. Its tokens keep the last
// text alive until the next use (clearing them costs more than it saves).
func (e *Extractor) release(a *analysis) {
	if cap(a.toks) > smallToks {
		if cap(a.toks) <= bigToks {
			select {
			case e.big <- a: // the one long text kept
			default:
			}
		}
		return // do not keep the memory of many long texts, nor of a huge one
	}
	select {
	case e.free <- a:
	default: // the list is full: let the garbage collector have it
	}
}

// smallToks is the most tokens an analysis on the free list may hold
// memory for; bigToks the most for the one long text kept (a 2 MB text
// has about 500,000 tokens).
const (
	smallToks = 1 << 18
	bigToks   = 1 << 20
)

// take returns an analysis to reuse for a text of n bytes, or a new one:
// a long text takes the memory of the long text kept first.
func (e *Extractor) take(n int) *analysis {
	if n/4 > smallToks {
		select {
		case a := <-e.big:
			return a
		default:
		}
	}
	select {
	case a := <-e.free:
		return a
	default:
		return &analysis{}
	}
}

// has reports whether token j starts a match of any of the classes.
func (a *analysis) has(j int, cs ...class) bool {
	if j < 0 || j >= len(a.cls) {
		return false
	}
	m := a.cls[j]
	if m == 0 {
		return false
	}
	if len(cs) == 1 {
		return m&(1<<cs[0]) != 0 // most calls: inlined, no loop
	}
	for _, c := range cs {
		if m&(1<<c) != 0 {
			return true
		}
	}
	return false
}

// longest returns the longest match at j among the classes.
func (a *analysis) longest(j, lim int, cs ...class) (match, bool) {
	if j < 0 || j >= len(a.cls) || a.cls[j] == 0 {
		return match{}, false
	}
	var want uint64
	for _, c := range cs {
		want |= 1 << c
	}
	if a.cls[j]&want == 0 {
		return match{}, false
	}
	for _, m := range a.ann[j] { // longest first
		if m.end > lim {
			continue
		}
		for _, c := range cs {
			if m.class == c {
				return m, true
			}
		}
	}
	return match{}, false
}

// analyze tokenizes text, matches the lexicons in one pass, splits
// sentences and finds the mentions of each sentence.
//
// The analysis holds memory from e's free list: the caller returns it with
// e.release once nothing refers to it any more.
func (e *Extractor) analyze(text string) *analysis {
	a := e.take(len(text))
	a.doc.tokenize(text)
	a.actorMem, a.numMem = a.actorMem[:0], a.numMem[:0]
	a.ownCurrency = e.actorCurrency
	a.wantCtx = e.conf.context
	a.frames = &e.frames
	a.ann, a.all = e.trie.matchAllInto(&a.doc, a.ann, a.all)
	a.cls = grow(a.cls, len(a.toks))
	clear(a.cls)
	var seen uint64 // the classes found anywhere in the text
	for _, m := range a.all {
		bit := uint64(1) << m.class
		a.cls[m.start] |= bit
		seen |= bit
	}
	a.sents = a.doc.sentences(a.sents[:0])
	a.memo.reset(len(a.sents))
	a.owners = ownersMemo{}
	a.lineStarts = grow(a.lineStarts, len(a.sents))
	for i := range a.lineStarts {
		a.lineStarts[i] = -2
	}
	a.markModelCodes(&e.model)
	a.fillSentWords(e.trie)
	a.claimed = grow(a.claimed, len(a.toks))
	clear(a.claimed)
	a.actors, a.quants, a.numbers = a.actors[:0], a.quants[:0], a.numbers[:0]
	a.quantsGrouped, a.numbersSorted, a.actorsSorted = false, false, false // until indexQuants
	clear(a.writesCur)
	a.receivers = nil
	a.usdContext = seen&(1<<cUSDContext) != 0 || a.usDateline()
	a.sentActors = grow(a.sentActors, len(a.sents))
	listOpen := false
	for si, s := range a.sents {
		first := len(a.actors)
		nq := len(a.quants)
		for i := s.start; i < s.end; {
			if a.quietToken(i) {
				i++
				continue
			}
			if n := e.numberLed(a, si, s, i); n > i {
				i = n
				continue
			}
			if n := a.vesselAt(si, s, i); n > i {
				i = n // "HMS Duncan": before the prefix is read as an actor
				continue
			}
			if n := a.bracketNamedAt(si, s, i); n > i {
				i = n // "Hessen (Germany)": the country owns the ship
				continue
			}
			if n := a.actorMentionAt(si, s, i); n > i {
				i = a.compoundGoodsAfter(si, s, n) // "Sweden-donated units"
				continue
			}
			if n := a.itemAt(si, s, i); n > i {
				i = n
				continue
			}
			i++
		}
		a.sentActors[si] = span{first, len(a.actors)}
		a.markSubjects(s)
		listOpen = a.readListLine(si, listOpen, nq)
	}
	a.actorAt = grow(a.actorAt, len(a.toks))
	for k := range a.actorAt {
		a.actorAt[k] = -1
	}
	for n, am := range a.actors {
		for k := am.start; k < am.end; k++ {
			a.actorAt[k] = int32(n)
		}
	}
	a.indexQuants()
	a.troopEllipsis()
	a.indexQuants() // with the troops it added
	return a
}

// troopsAfterOf returns where a troop noun starts after "of" at token k
// ("members of its armed forces"), within a few words and before any
// punctuation, or -1.
func (a *analysis) troopsAfterOf(k int, s span) int {
	if k+1 >= s.end || a.lw(k) != "of" {
		return -1
	}
	for j := k + 1; j < s.end && j <= k+5; j++ {
		if a.has(j, cTroopNoun) {
			return j
		}
		if a.toks[j].kind == tPunct || a.has(j, cClauseBreak) {
			return -1
		}
	}
	return -1
}

// isUpperASCII reports whether b is an ASCII capital letter.
func isUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }
