package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// frameFor finds the frame of a quantity: a list line, a passive "by X",
// an active "X pledged …", or a noun "X's pledge of …".
func (a *analysis) frameFor(q *quantity) (frame, bool) {
	return a.selectFrame(q, true)
}

// mainVerbFrame returns the frame of the verb before q when frameFor read
// q by a relative clause with its own subject after it ("has offered to
// replace the 370 troops that Austria is withdrawing": Austria withdraws
// them, and the subject of "offered" offers to replace them). It reports
// false when there is no such verb or it names the same actors.
func (a *analysis) mainVerbFrame(q *quantity, rel frame) (frame, bool) {
	s := a.sents[q.sent]
	if q.kind != news.KindTroops || q.end >= s.end || a.lw(q.end) != "that" && a.lw(q.end) != "which" {
		return frame{}, false
	}
	if _, near := a.triggerBefore(q.start, s, 8); !near {
		return frame{}, false
	}
	if r, ok := a.relativeFrame(q, s); !ok || !sameActors(r, rel) {
		return frame{}, false // frameFor did not take the relative clause
	}
	f, ok := a.selectFrame(q, false)
	if !ok || sameActors(f, rel) {
		return frame{}, false
	}
	return f, true
}

// sameActors reports whether two frames name the same actors.
func sameActors(f, g frame) bool {
	if len(f.actors) != len(g.actors) {
		return false
	}
	for i := range f.actors {
		if f.actors[i].code != g.actors[i].code {
			return false
		}
	}
	return true
}

// selectFrame is frameFor; relative tells whether a relative clause with
// its own subject after q ("the 370 troops that Austria is withdrawing")
// may name the committer.
func (a *analysis) selectFrame(q *quantity, relative bool) (frame, bool) {
	s := a.sents[q.sent]
	money := q.kind == news.KindMoney && q.num != nil
	// "ships carrying 300 tonnes of relief supplies": the cargo is the
	// line; "A$12 million for training and drones": the amount's purpose
	if a.carrier(q, s) || a.purposeOfAmount(q, s) {
		return frame{}, false
	}
	// the frames that name their actors, in order (frame_table.go): each
	// is tried only for the kinds of quantity and the sentences it reads
	if f, ok, done := a.walkFrames(&a.frames.named, q, s); done {
		return f, ok
	}
	// triggerBefore reads back from q nearest first: the verb it finds
	// within 20 tokens is the one it finds within 8 when that near
	t, ok := a.triggerBefore(q.start, s, 20)
	near := ok && q.start-t.start <= 8
	// "replace the 370 troops that Austria is withdrawing": the relative
	// clause names the committer, whatever the verb before
	if relative && (!near || q.end < s.end && (a.lw(q.end) == "that" || a.lw(q.end) == "which")) {
		if f, ok := a.relativeFrame(q, s); ok {
			return f, true
		}
	}
	far := false
	if !ok {
		// a long enumeration after one verb: "announced NZ$16 million: NZ$7.5
		// million for …, NZ$5m for … and NZ$3.5 million …"
		// (an uncounted item that closes a list of counted ones: "…, 39
		// support vehicles, and anti-tank weapons")
		if t, ok = a.triggerBefore(q.start, s, 45); ok && (q.num == nil && !a.closesCountedList(q, t.end) || !a.enumerated(t.end, q)) {
			ok = false
		}
		far = true
	}
	if ok && a.addedSaying(t, s) && !a.actorBetween(t.end, q.start) {
		ok = false // "…, but added that some officers are hesitant to deploy"
	}
	if !ok && money {
		if f, ok := a.gappedChainFrame(q, s); ok {
			return f, true // "…, Japan $77m, USAID $100m, France $345m"
		}
	}
	if ok && q.kind == news.KindTroops && a.relativeBetween(t.end, q.start) {
		ok = false // "…, which has 1,700 police deployed": not the verb's object
	}
	if ok && a.closedRelative(t, q.start, s) {
		ok = false // "Latvia, which hosts 300 Spanish troops, will buy tanks"
	}
	if money && a.unnamedEntry(q, s) {
		return frame{}, false // "…, the Regional Development Bank $4 billion"
	}
	if ok && money && a.otherSubjectBetween(t.end, q, s) {
		ok = false // "pledged $5m as the UN issued an appeal for $8bn"
	}
	if ok {
		// a long donor list after one verb keeps its gapped actors:
		// "X pledged $93m, Y $88m, …, Z $345m" (far is an enumeration)
		if f, ok := a.gappedFrame(t, q, s); ok {
			if far {
				f.conf -= 0.05
			}
			return f, true
		}
		if f, ok := a.complementFrame(t, q, s); ok && !far {
			return a.joint(f, q), true
		}
		if f, ok := a.controlledFrame(t, s); ok {
			f.window = span{f.window.start, min(s.end, q.end+3)}
			return f, true
		}
		if f, ok := a.subjectFrame(t, s); ok {
			f = a.groupOwner(a.joint(f, q), q, s) // "the US and its partners will provide …"
			f = a.orgTroopsOwner(f, q, s)         // "KFOR deployed 500 Turkish soldiers": Turkey's
			f = a.insteadConjunct(f, s)           // "end its mission and instead send troops"
			f.window = span{f.window.start, min(s.end, q.end+3)}
			if q.start-t.end > 10 {
				f.conf -= 0.05
			}
			if far {
				f.conf -= 0.1
			}
			return f, true
		}
	}
	if ok && far && money {
		// "The package provides funding, with €33 billion ($35.8 billion)
		// available in loans and €17 billion ($18.5 billion) in grants"
		if f, ok := a.packageSubject(t, q, s); ok {
			f.conf -= 0.05
			return f, true
		}
	}
	if ok && !far {
		if f, ok := a.packageSubject(t, q, s); ok {
			return f, true
		}
		if f, ok := a.reportedGerund(t, s); ok {
			// (a gerund judged after it keeps the sentence: "was off the table")
			f.window = span{f.window.start, max(f.window.end, min(s.end, q.end+3))}
			return f, true
		}
	}
	if f, ok, done := a.walkFrames(&a.frames.late, q, s); done {
		return f, ok
	}
	return a.ownPronounFrame(q, s)
}
