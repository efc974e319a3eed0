package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Context features of a line: what the rest of the page says about the
// line's actor and sentence — the signs that a line is wrong on unseen
// news (the actor is the page's recipient, one country of a long list,
// one of many lines of one sentence, a question or a quote, far from the
// lead, a page not in English). They follow the base features
// (features.go) in denseNames; a model that does not name them gives them
// no weight. The per-line part is filled by contextFeatures when a line is
// emitted, the per-page part by ctxIndex when the kept lines are known;
// neither loops over pairs of mentions or lines.

// Indexes of the context features.
const (
	// fRecvInText: the actor is named after "to" or "for" somewhere in
	// the text (receiverInText): a receiver, at least once.
	fRecvInText = nBase + iota
	// fDocRecipient: the actor is the dominant recipient of the kept
	// lines (dominantRecipient).
	fDocRecipient
	// fTopActor: the actor is the most mentioned actor of the text (ties
	// count): often the country the page is about, the recipient.
	fTopActor
	// fActorMentions: log(1 + mentions of the actor in the text).
	fActorMentions
	// fLineShare: the share of the kept lines of the text that have this
	// actor.
	fLineShare
	// fSentLines: log(1 + other kept lines from the same sentence).
	fSentLines
	// fSentOtherKind: another kept line of the same actor and sentence
	// has another kind ("support" beside "money").
	fSentOtherKind
	// fSentSameKind: log(1 + other kept lines of the same actor, kind and
	// sentence): one item of a list, a conversion.
	fSentSameKind
	// fValueOther: log(1 + other kept lines with the same kind and value
	// and another actor): a shared total.
	fValueOther
	// fActorList: log(1 + other actor mentions in the list of countries
	// (joined by commas, "and", "&") the actor mention stands in).
	fActorList
	// fQuestion: the sentence holds a question mark.
	fQuestion
	// fSentQuoted: the sentence holds a quotation mark.
	fSentQuoted
	// fSentPos: the index of the sentence over the number of sentences
	// (0 at the lead, near 1 at the tail).
	fSentPos
	// fSentIndex: log(1 + index of the sentence).
	fSentIndex
	// fHeadOther: the first line names an actor, but not this one.
	fHeadOther
	// fActorGap: log(1 + sentences between the actor mention and the
	// quantity).
	fActorGap
	// fSideClause: the actor mention follows a word that opens a side
	// clause or a comparison ("while", "unlike", "than", "including").
	fSideClause
	// fReceiveVerb: the sentence has a verb of receiving ("received").
	fReceiveVerb
	// fTotalVerb: the sentence has a verb that sets a total ("bringing").
	fTotalVerb
	// fConsiderCue: the sentence has a cue of considering ("weighing").
	fConsiderCue
	// fTopReceiver: the actor is both the most mentioned actor of the
	// text and named after "to" or "for" in it: the country the page is
	// about, which gets rather than gives.
	fTopReceiver
	// fParen: the quantity stands inside parentheses: a conversion or
	// an aside ("KD 9 million ($30 million)").
	fParen
	// fEquipPosition: sent.position on an equipment line, else 0: items
	// named deep in a page are more often background than the pledge.
	fEquipPosition
	// fRecvHeadline: the actor is named after "to" or "for" in the text
	// and the line stands on the first line: a headline about the
	// receiver ("Country X: troops arrive").
	fRecvHeadline
	// fEnglish: the share of the words of the text that are common
	// English function words (low on a page in another language).
	fEnglish
	// nCtx is the number of context features.
	nCtx = iota
)

// ctxNames are the names of the context features, in index order.
var ctxNames = [nCtx]string{
	"actor.receiver-in-text", "actor.doc-recipient", "actor.top", "actor.mentions", "doc.line-share",
	"sent.lines", "sent.same-actor-other-kind", "sent.same-actor-same-kind", "value.other-actor",
	"actor.list", "sent.question", "sent.quoted", "sent.position", "sent.index", "head.other-actor",
	"actor.sent-gap", "actor.side-clause", "sent.receive", "sent.total", "sent.considering", "actor.top-receiver",
	"quantity.paren", "equipment.position", "actor.receiver-headline", "doc.english",
}

// contextFeatures fills the per-line context features of lf, the
// features of the line made from frame f, quantity q and actor am.
func (a *analysis) contextFeatures(lf *lineFeat, f *frame, q *quantity, am *actorMention) {
	_ = f
	x := &lf.x
	x[fRecvInText] = b2f(a.receiverInText(am.code))
	if len(a.actors) > 0 {
		st := a.stats.of(am.code)
		x[fActorMentions] = log1(st.n)
		top, anyHead := a.stats.top, a.stats.anyHead
		x[fTopActor] = b2f(st.n > 0 && st.n == top)
		x[fHeadOther] = b2f(anyHead && !st.head)
		x[fTopReceiver] = x[fTopActor] * x[fRecvInText]
	}
	x[fActorList] = log1(a.listAround(am.span))
	x[fSideClause] = b2f(a.sideClauseBefore(am.start))
	if am.sent >= 0 && q.sent >= am.sent {
		x[fActorGap] = log1(q.sent - am.sent)
	}
	if q.sent < 0 || q.sent >= len(a.sents) {
		return
	}
	x[fSentPos] = float64(q.sent) / float64(len(a.sents))
	if q.kind == news.KindEquipment {
		x[fEquipPosition] = x[fSentPos]
	}
	x[fRecvHeadline] = x[fRecvInText] * b2f(a.sents[q.sent].start < a.stats.head)
	x[fSentIndex] = log1(q.sent)
	s := a.sents[q.sent]
	paren := false
	for k := s.start; k < s.end && k < len(a.toks); k++ {
		switch a.tx(k) {
		case "?":
			x[fQuestion] = 1
		case "“", "”", "\"", "«", "»":
			x[fSentQuoted] = 1
		case "(":
			paren = true
		case ")":
			paren = false
		}
		if k == q.start {
			x[fParen] = b2f(paren)
		}
	}
	m := a.stats.sentCls[q.sent]
	x[fReceiveVerb] = b2f(m&(1<<cReceive) != 0)
	x[fTotalVerb] = b2f(m&(1<<cTotalVerb) != 0)
	x[fConsiderCue] = b2f(m&(1<<cConsidering) != 0)
}

// listAround returns how many other actor mentions stand in the list
// of actors that the mention at act belongs to: mentions joined by ",",
// "and", "&" or ", and", each perhaps after "the".
func (a *analysis) listAround(act span) int {
	if len(a.actorAt) != len(a.toks) || act.end <= act.start {
		return 0
	}
	n := 0
	// to the left: separators, then the end of another mention
	k := act.start - 1
	for {
		if k >= 0 && a.lw(k) == "the" {
			k--
		}
		j := a.skipBack(k)
		if j == k || j < 0 || a.actorAt[j] < 0 {
			break
		}
		n++
		k = a.actors[a.actorAt[j]].start - 1
	}
	// to the right: separator, then the start of another mention
	for k := act.end; k < len(a.toks); {
		j := k
		for j < len(a.toks) && j < k+2 && listSep(a.lw(j)) {
			j++
		}
		if j == k {
			break
		}
		if j < len(a.toks) && a.lw(j) == "the" {
			j++
		}
		if j >= len(a.toks) || a.actorAt[j] < 0 {
			break
		}
		n++
		k = a.actors[a.actorAt[j]].end
	}
	return n
}

// skipBack returns the index before the separators (at most two) that end
// at token k, or k when token k is no separator.
func (a *analysis) skipBack(k int) int {
	j := k
	for j >= 0 && j > k-2 && listSep(a.lw(j)) {
		j--
	}
	return j
}

// listSep reports whether w joins the items of a list of actors.
func listSep(w string) bool {
	return w == "," || w == "and" || w == "&"
}

// sideClauseBefore reports whether the word before token k (perhaps
// before "the") opens a side clause or a comparison.
func (a *analysis) sideClauseBefore(k int) bool {
	j := k - 1
	if j >= 0 && a.lw(j) == "the" {
		j--
	}
	if j < 0 {
		return false
	}
	switch a.lw(j) {
	case "while", "whereas", "unlike", "like", "than", "including", "besides", "although", "though",
		"since", "because", "if", "when", "whether", "as":
		return true
	}
	return false
}

// ctxIndex holds the counts over the kept lines of a text that the
// per-page context features read.
type ctxIndex struct {
	byActor     map[string]int
	bySent      map[int]int
	bySentActor map[sentActorKind]int
	byValue     map[valueKind]int
	byValActor  map[valueActor]int
	kinds       map[sentActor]uint8
	recipient   string
	english     float64
}

type sentActor struct {
	start int
	actor string
}

type sentActorKind struct {
	sentActor
	kind news.Kind
}

type valueKind struct {
	kind  news.Kind
	value float64
}

type valueActor struct {
	valueKind
	actor string
}

// fill indexes the kept lines of a (res), reusing the memory of cx.
func (cx *ctxIndex) fill(a *analysis, res []news.Commitment) {
	if cx.byActor == nil {
		cx.byActor, cx.bySent = map[string]int{}, map[int]int{}
		cx.bySentActor, cx.byValue = map[sentActorKind]int{}, map[valueKind]int{}
		cx.byValActor, cx.kinds = map[valueActor]int{}, map[sentActor]uint8{}
	}
	clear(cx.byActor)
	clear(cx.bySent)
	clear(cx.bySentActor)
	clear(cx.byValue)
	clear(cx.byValActor)
	clear(cx.kinds)
	for _, c := range res {
		cx.byActor[c.Actor]++
		cx.bySent[c.Start]++
		sa := sentActor{c.Start, c.Actor}
		cx.bySentActor[sentActorKind{sa, c.Kind}]++
		cx.kinds[sa] |= kindBit(c.Kind)
		if v := c.Number(); v > 0 {
			vk := valueKind{c.Kind, v}
			cx.byValue[vk]++
			cx.byValActor[valueActor{vk, c.Actor}]++
		}
	}
	cx.recipient = dominantRecipient(res)
	cx.english = a.englishShare()
}

// features fills the per-page context features of lf, the features of
// the i-th line of res (the lines fill indexed).
func (cx *ctxIndex) features(lf *lineFeat, res []news.Commitment, i int) {
	c := &res[i]
	x := &lf.x
	x[fDocRecipient] = b2f(cx.recipient != "" && c.Actor == cx.recipient)
	x[fLineShare] = float64(cx.byActor[c.Actor]) / float64(len(res))
	x[fSentLines] = log1(cx.bySent[c.Start] - 1)
	sa := sentActor{c.Start, c.Actor}
	x[fSentOtherKind] = b2f(cx.kinds[sa]&^kindBit(c.Kind) != 0)
	x[fSentSameKind] = log1(cx.bySentActor[sentActorKind{sa, c.Kind}] - 1)
	if v := c.Number(); v > 0 {
		vk := valueKind{c.Kind, v}
		x[fValueOther] = log1(cx.byValue[vk] - cx.byValActor[valueActor{vk, c.Actor}])
	}
	x[fEnglish] = cx.english
}

// kindBit is a bit of its own for each kind.
func kindBit(k news.Kind) uint8 {
	switch k {
	case news.KindTroops:
		return 1
	case news.KindMoney:
		return 2
	case news.KindEquipment:
		return 4
	}
	return 8
}

// englishShare returns the share of the word tokens of the text that are
// common English function words, 0 for a text without words.
func (a *analysis) englishShare() float64 {
	// the common words that are function words, by id; the others by text
	commonFunc := wordsOf(idThe, idOf, idAnd, idTo, idIn, idA, idIs, idFor, idOn, idThat, idWith, idBy, idAs, idWas,
		idHas, idHave, idFrom, idIts, idAre, idBe, idWill, idAt, idWhich, idAn)
	words, common := 0, 0
	for k := range a.toks {
		if a.toks[k].kind != tWord {
			continue
		}
		words++
		if w := a.funcWord(k); w >= 0 {
			if commonFunc&(1<<w) != 0 {
				common++
			}
			continue
		}
		switch a.lw(k) {
		case "it", "this", "said":
			common++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(common) / float64(words)
}
