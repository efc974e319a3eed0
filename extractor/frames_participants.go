package extractor

import (
	"slices"
	"sort"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleParticipant marks a country named as a participant of a collective
// commitment of the text.
const ruleParticipant = "frame.participant"

// participantFrames gives each country named as a participant of an
// initiative or coalition its own line of the collective's commitment,
// as the gold files do: "twenty countries have pledged to buy 500,000
// shells" … "about twenty countries have joined our initiative – from
// Canada, Germany and the Netherlands to Poland" gives CA, DE, NL and PL
// an equipment line (no count), with the collective's status. The
// sentence holds a verb of joining or taking part and a list of at least
// two countries; the collective's line (a group) is at most three
// sentences away. Not at a conference, summit or meeting: attendees are
// not participants. Below review (confidence 0.5).
func (a *analysis) participantFrames(emit func(frame, quantity, string), done []news.Commitment) {
	for si, s := range a.sents {
		cue, ok := a.participationCue(s)
		if !ok {
			continue
		}
		list := a.participantList(s)
		if len(list) < 2 {
			continue
		}
		ref, ok := a.collectiveNear(si, done)
		if !ok {
			// no line of the collective: taking part in a coalition, an
			// operation or an initiative is support ("the operations
			// would be joined by Britain, Bahrain and Canada")
			if !a.collectiveNoun(si) {
				continue
			}
			ref = news.Commitment{Kind: news.KindSupport, Item: "participation"}
		}
		q := quantity{span: span{list[0].start, list[len(list)-1].end}, kind: ref.Kind, item: ref.Item, sent: si}
		start := a.toks[s.start].start
		for _, am := range list {
			// a country with a line of its own in the sentence keeps it
			// ("Denmark and Sweden signalled they wanted to participate …
			// and potentially send troops")
			if slices.ContainsFunc(done, func(c news.Commitment) bool { return c.Actor == am.code && c.Start == start }) {
				continue
			}
			f := frame{actors: []actorMention{am}, anchor: cue, rule: ruleParticipant, conf: 0.5,
				window: span{s.start, s.end}, forced: ref.Status}
			emit(f, q, ref.Item)
		}
	}
}

// participationCue finds a verb of joining or taking part in s: "joined",
// "taking part", "participating", "in partnership with", "members
// include"; false in a sentence about a conference, a summit or a meeting.
func (a *analysis) participationCue(s span) (span, bool) {
	cue := span{-1, -1}
	for k := s.start; k < s.end; k++ {
		switch w := a.lw(k); w {
		case "conference", "summit", "meeting", "talks", "attended", "attending":
			return span{}, false
		case "join", "joins", "joined", "joining", "participate", "participates", "participating", "participants":
			if cue.start < 0 {
				cue = span{k, k + 1}
			}
		case "part":
			if k > s.start && (a.lw(k-1) == "taking" || a.lw(k-1) == "take" || a.lw(k-1) == "takes" || a.lw(k-1) == "took") && cue.start < 0 {
				cue = span{k - 1, k + 1}
			}
		case "partnership":
			if k+1 < s.end && a.lw(k+1) == "with" && cue.start < 0 {
				cue = span{k, k + 2}
			}
		}
	}
	return cue, cue.start >= 0
}

// participantList returns the longest list of countries in s (a
// "from Canada, Germany and the Netherlands to Poland" range counts its
// end too); groups in it ("the Baltic States") are left out.
func (a *analysis) participantList(s span) []actorMention {
	acts := a.actorsOf(s)
	var best []actorMention
	for n := 0; n < len(acts); n++ {
		list := []actorMention{acts[n]}
		m := n
		for m+1 < len(acts) && a.joined(acts[m].end, acts[m+1].start) {
			m++
			list = append(list, acts[m])
		}
		// "from A, B and C to D"
		if p := acts[n].start - 1; p >= s.start && a.lw(p) == "from" && m+1 < len(acts) {
			to := acts[m].end
			if to < s.end && a.lw(to) == "to" && (acts[m+1].start == to+1 || acts[m+1].start == to+2 && a.lw(to+1) == "the") {
				m++
				list = append(list, acts[m])
			}
		}
		// a list with a verb of its own ("Denmark, Estonia and Germany
		// signed a letter of intent to join …"): its frame reads it
		j := list[len(list)-1].end
		for j < s.end && (a.has(j, cPerfectAux, cIrrealis, cSubjectFollower) || strings.HasSuffix(a.lw(j), "ly")) {
			j++
		}
		if j < s.end && a.has(j, cTrigger, cDeliveryPast) {
			n = m
			continue
		}
		var countries []actorMention
		for _, am := range list {
			if am.cls != cGroup && len(am.code) == 2 && !am.person {
				countries = append(countries, am)
			}
		}
		if len(countries) > len(best) {
			best = countries
		}
		n = m
	}
	return best
}

// collectiveNear returns the line of a collective (a group actor) with
// equipment, troops or support, from a sentence at most three away from
// sentence si, the nearest first (an earlier one on a tie).
func (a *analysis) collectiveNear(si int, done []news.Commitment) (news.Commitment, bool) {
	best, bestD := news.Commitment{}, 4
	for _, c := range done {
		if !strings.HasPrefix(c.Actor, "group:") || c.Kind == news.KindMoney {
			continue
		}
		cj := a.sentAt(c.Start)
		if cj < 0 {
			continue
		}
		d := cj - si
		if d < 0 {
			d = -d
		}
		if d < bestD || d == bestD && cj < si {
			best, bestD = c, d
		}
	}
	return best, bestD <= 3
}

// sentAt returns the index of the sentence that starts at byte offset b,
// or -1.
func (a *analysis) sentAt(b int) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.toks[a.sents[i].start].start >= b })
	if i < len(a.sents) && a.toks[a.sents[i].start].start == b {
		return i
	}
	return -1
}

// collectiveNoun reports whether sentence si or the one before names a
// coalition, an operation, an initiative or a mission.
func (a *analysis) collectiveNoun(si int) bool {
	for sj := max(0, si-1); sj <= si; sj++ {
		s := a.sents[sj]
		for k := s.start; k < s.end; k++ {
			switch a.lw(k) {
			case "coalition", "operation", "operations", "initiative", "mission", "grouping", "task", "taskforce":
				return true
			}
		}
	}
	return false
}
