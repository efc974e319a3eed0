package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopsHosted names a frame.troop-owner frame read from a host: the
// troops of another country that a country hosts or receives.
const ruleTroopsHosted = "troops.hosted"

// hostedFrame matches troops that name their country after a verb of
// hosting whose subject is the host: "Romania will host 1,500 French
// troops", "Lithuania hosts a German brigade of 5,000 soldiers", "Estonia
// is home to some 900 British troops", "Poland welcomed 1,000 US troops";
// or a unit whose owner stands before it, after a verb of hosting or
// "has" ("Latvia has a Canadian-led NATO battlegroup of 1,000 troops").
// The troops' country commits them; the host does not. Hosting in the
// present or past is troops in place (delivered); "will host" is pledged.
func (a *analysis) hostedFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	owners := a.troopOwners(q, s)
	k, before := q.start-1, false
	// "hosts a NATO battlegroup of 1,000 troops", "has a Canadian-led NATO
	// battlegroup of …": the owner before the unit, the verb before it
	if len(owners) == 0 {
		owners = a.unitOwnerBefore(q, s)
		if len(owners) == 0 {
			return frame{}, false
		}
		k, before = owners[0].start-1, true
		// back over a leader ("a Canadian-led NATO battlegroup") and the
		// article to the verb
		if k-2 > s.start && a.lw(k) == "led" && a.tx(k-1) == "-" && a.has(k-2, cDemonym, cCountry) {
			k -= 3
		}
		if a.lw(k) != "a" && a.lw(k) != "an" && a.lw(k) != "the" {
			return frame{}, false
		}
		k--
	}
	for k > s.start && q.start-k <= 3 && (a.lw(k) == "the" || a.lw(k) == "a" || a.lw(k) == "an" || a.lw(k) == "some" || a.has(k, cQualifier)) {
		k--
	}
	if k <= s.start {
		return frame{}, false
	}
	anchor := span{k, k + 1}
	switch {
	case hostingVerb(a.lw(k)):
	case before && (a.lw(k) == "has" || a.lw(k) == "have"):
	case a.lw(k) == "to" && a.lw(k-1) == "home":
		anchor = span{k - 1, k + 1}
	default:
		return frame{}, false
	}
	// "received 300 Ukrainian soldiers for training", "to be trained":
	// trainees, not troops in place
	for j := q.end; j+1 < s.end && j < q.end+3; j++ {
		if w := a.lw(j); (w == "for" || w == "be") && strings.HasPrefix(a.lw(j+1), "train") {
			return frame{}, false
		}
	}
	// the host is a country named as the subject, not the troops' own
	host, ok := a.subjectOf(match{start: anchor.start, end: anchor.end}, s, false)
	if !ok || len(host.actors) != 1 || len(host.actors[0].code) != 2 || host.actors[0].code == owners[0].code {
		return frame{}, false
	}
	f := frame{actors: owners, anchor: anchor, rule: ruleTroopOwner, name: ruleTroopsHosted,
		window: span{host.window.start, q.end}, conf: 0.6}
	if !a.irrealis(f.window.start, anchor.start) {
		f.forced = news.StatusDelivered
	}
	return f, true
}

// hostsForeign reports whether frame f makes a host the committer of
// troops q that name another country: "Poland will host 2,000 Ukrainian
// soldiers to be trained" is no commitment of Poland's.
func (a *analysis) hostsForeign(f *frame, q *quantity) bool {
	if f.rule != ruleActive || len(f.actors) == 0 || !hostingVerb(a.lw(f.anchor.start)) {
		return false
	}
	owners := a.troopOwners(q, a.sents[q.sent])
	if len(owners) > 0 {
		return owners[0].code != f.actors[0].code
	}
	// "Lithuania hosts a German-led NATO battlegroup of 1,000 troops":
	// a unit named with another owner between the verb and the troops
	for k := f.anchor.end; k < q.start; k++ {
		for _, m := range a.ann[k] {
			if (m.class == cDemonym || m.class == cCountry || m.class == cMetonym) && m.value != f.actors[0].code {
				return true
			}
		}
	}
	return false
}

// hostingVerb reports whether w is a verb whose subject hosts or receives
// troops: "host", "welcome", "receive", "accept" and their forms.
func hostingVerb(w string) bool {
	switch w {
	case "host", "hosts", "hosted", "hosting", "welcome", "welcomes", "welcomed", "welcoming",
		"receive", "receives", "received", "receiving", "accept", "accepts", "accepted", "accepting":
		return true
	}
	return false
}

// skipPlace returns the end of a place phrase at token k that stands
// between troops and their verb ("France's 1,500 troops in Romania will
// stay"): "in", "at" or "on", an optional "the" or place adjective, and a
// country; or k when none is there. A place followed by punctuation or by
// nothing is no such phrase: the troops' verb must follow it.
func (a *analysis) skipPlace(k int, s span) int {
	if k+1 >= s.end {
		return k
	}
	switch a.lw(k) {
	case "in", "at", "on":
	default:
		return k
	}
	j := k + 1
	for j < s.end && (a.lw(j) == "the" || a.has(j, cPlaceAdj)) {
		j++
	}
	n := a.actorEndingAt(j, s)
	if n < 0 || a.actors[n].start != j || a.actors[n].cls == cDemonym {
		return k
	}
	end := a.actors[n].end
	if end >= s.end || a.toks[end].kind == tPunct {
		return k
	}
	return end
}

// staying reports whether the anchor is a verb of staying ("remain",
// "stays", "will stay"): troops that stay are in place.
func (a *analysis) staying(anchor span) bool {
	w := a.lw(anchor.start)
	return strings.HasPrefix(w, "remain") || strings.HasPrefix(w, "stay")
}

// negatedBetween reports whether a cue of declining ("not", "will not",
// "no longer") starts in [from, to).
func (a *analysis) negatedBetween(from, to int) bool {
	for k := max(0, from); k < to && k < len(a.toks); k++ {
		if a.has(k, cDeclined) || a.lw(k) == "not" {
			return true
		}
	}
	return false
}

// longestEndingAt returns the longest two-letter country or demonym
// match of the classes cls that ends right before token end in s.
func (a *analysis) longestEndingAt(end int, s span, cls ...class) (match, bool) {
	var best match
	found := false
	for k := max(s.start, end-4); k < end; k++ {
		for _, m := range a.ann[k] {
			if m.end != end || len(m.value) != 2 || !slices.Contains(cls, m.class) {
				continue
			}
			if !found || m.end-m.start > best.end-best.start {
				best, found = m, true
			}
		}
	}
	return best, found
}
