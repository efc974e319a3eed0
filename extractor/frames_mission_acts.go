package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// A mission as the subject of a verb of help: "the EU training mission
// will train 5,000 soldiers", "NATO's advisory mission has advised the
// ministry", "the Italian naval mission escorted the convoy". The
// mission's owner, named right before the mission noun, gives the help.

// ruleMissionActs names the support of the owner of a mission that is
// the subject of a verb of help (missionActsFrames).
const ruleMissionActs = "frame.mission-acts"

// missionHelpItem returns the kind of help a verb of a mission names
// ("train" → "training"), or "" when w is no such verb.
func missionHelpItem(w string) string {
	switch w {
	case "train", "trains", "trained", "training":
		return "training"
	case "advise", "advises", "advised", "advising", "mentor", "mentors", "mentored", "mentoring":
		return "advice"
	case "assist", "assists", "assisted", "assisting":
		return "assistance"
	case "protect", "protects", "protected", "protecting":
		return "protection"
	case "escort", "escorts", "escorted", "escorting":
		return "escort"
	case "patrol", "patrols", "patrolled", "patrolling":
		return "patrols"
	case "monitor", "monitors", "monitored", "monitoring":
		return "monitoring"
	}
	return ""
}

// missionActsFrames finds a mission with its owner named right before it
// (ownerMissionEndingBefore) that is the subject of a verb of help
// (missionHelpItem), with at most an auxiliary group and adverbs between
// ("will", "has", "is", "has already", "will also"): one support line of
// the owner, with the status of the verb group ("will train" pledged,
// "trained", "has trained" delivered); a present simple ("the mission
// monitors the border") describes the mission and gives none. A mission of a group ("the UN
// mission") names no country and gives no line; a bare "the mission" or
// "this mission" stands for the owned mission of one of the two
// sentences before (ownerMissionBack).
func (a *analysis) missionActsFrames(emit func(frame, quantity, string)) {
	emit = a.unlessQuestion(emit)
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cOperationNoun) == 0 {
			continue
		}
		for k := s.start + 1; k < s.end; k++ {
			item := missionHelpItem(a.lw(k))
			if item == "" {
				continue
			}
			p := k - 1
			hedged := false
			for p > s.start && (a.has(p, cPassiveAux, cPerfectAux) || missionAux(a.lw(p))) {
				hedged = hedged || missionHedge(a.lw(p))
				p--
			}
			if hedged {
				continue // "could not train", "did not escort": no help given or promised
			}
			// "the mission is already working and will train …": a verb
			// group conjoined before
			if p > k-4 && a.lw(p) == "and" {
				p = a.conjoinedVerbBefore(p, s)
			}
			// "the mission was trained by …", "a mission to train …": no subject
			if a.lw(k-1) == "to" || a.lw(k-1) == "been" || a.lw(k-1) == "be" && a.lw(k) != "training" {
				continue
			}
			if (a.lw(k-1) == "was" || a.lw(k-1) == "were") && a.lw(k) != "training" {
				continue
			}
			if p == k-1 && !strings.HasSuffix(a.lw(k), "ed") {
				continue // "the EU mission monitors the border": a mission described, no new help
			}
			f, _, ok := a.ownerMissionEndingBefore(k, p, s)
			if !ok {
				// "This mission will train …": the owned mission named just before
				if f, ok = a.ownerMissionBack(si, k, p, s); !ok {
					continue
				}
			}
			f.rule, f.conf = ruleMissionActs, 0.5
			if p == k-1 && strings.HasSuffix(a.lw(k), "ed") {
				f.forced = news.StatusDelivered // "the mission trained …": a simple past
			}
			q := quantity{span: span{k, k + 1}, kind: news.KindSupport, sent: si, item: item}
			emit(f, q, item)
		}
	}
}

// missionAux reports whether w may stand in the verb group between a
// mission and its verb of help: an auxiliary, a modal, a negation or an
// adverb of time ("will", "could", "not", "already").
func missionAux(w string) bool {
	switch w {
	case "will", "would", "could", "can", "may", "might", "shall", "should", "must",
		"did", "does", "do", "not", "never", "cannot", "already", "also", "now", "still":
		return true
	}
	return false
}

// missionHedge reports whether the verb-group word w negates the help
// or leaves it open to chance ("not", "could"): such a mission line is
// not given.
func missionHedge(w string) bool {
	switch w {
	case "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "not", "never", "cannot":
		return true
	}
	return false
}

// ownerMissionBack reads a bare "the mission" or "this mission" (also
// "operation", "force") that ends at token p of sentence si, the subject
// of the verb of help k, as the mission with an owner named in one of
// the two sentences before ("The EU training mission for Moldova was
// launched today. This mission will train …"), the nearest first. It
// returns the owner's frame anchored on k.
func (a *analysis) ownerMissionBack(si, k, p int, s span) (frame, bool) {
	m, ok := a.operationEndingAt(p+1, s)
	if !ok || m.end-m.start != 1 || !a.missionHead(m) || m.start == s.start {
		return frame{}, false
	}
	switch a.lw(m.start - 1) {
	case "the", "this", "that":
	default:
		return frame{}, false
	}
	for b := si - 1; b >= 0 && b >= si-2; b-- {
		sb := a.sents[b]
		if a.stats.sentCls[b]&(1<<cOperationNoun) == 0 {
			continue
		}
		for j := sb.end - 1; j >= sb.start; j-- {
			mb, ok := a.operationEndingAt(j+1, sb)
			if !ok || !a.missionHead(mb) {
				continue
			}
			if f, _, ok := a.ownerMissionEndingBefore(k, j, sb); ok {
				f.window = span{m.start, k + 1}
				return f, true
			}
		}
	}
	return frame{}, false
}

// conjoinedVerbBefore reads back from the "and" at token p over a verb
// group conjoined before it ("is already working and", "has arrived
// and") and returns the token before that group, or p when none stands
// there.
func (a *analysis) conjoinedVerbBefore(p int, s span) int {
	q := p - 1
	if q <= s.start || !strings.HasSuffix(a.lw(q), "ing") && !strings.HasSuffix(a.lw(q), "ed") {
		return p
	}
	q--
	for q > s.start && (a.lw(q) == "already" || a.lw(q) == "also" || a.lw(q) == "now") {
		q--
	}
	switch a.lw(q) {
	case "is", "are", "has", "have":
		return q - 1
	}
	return p
}
