package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// dropParticipationWithTroops drops a bare participation line (a support
// line of the join or member frames whose item is the taking part itself:
// "participation in mission", "member of …") of a country that has a
// troops line of a list or bullet anywhere in the text: such a breakdown
// names what each participant contributes ("Kenya will take part in the
// mission … - Kenya: 1,400 troops"), and the participation says it
// again. Lines of other kinds of help (training, command) and countries
// with troops told in running text stay.
func dropParticipationWithTroops(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	var troops map[string]bool
	for _, c := range cs {
		if c.Kind == news.KindTroops && (slices.Contains(c.Rules, ruleList) || slices.Contains(c.Rules, ruleBullet)) {
			if troops == nil {
				troops = map[string]bool{}
			}
			troops[c.Actor] = true
		}
	}
	if troops == nil {
		return cs, order
	}
	return keepUnmarked(cs, order, func(i int) bool {
		return troops[cs[i].Actor] && cs[i].Kind == news.KindSupport && participationLine(cs[i])
	})
}

// participationLine reports whether c is a bare participation line of
// the join or member frames.
func participationLine(c news.Commitment) bool {
	if !slices.Contains(c.Rules, ruleJoin) && !slices.Contains(c.Rules, ruleMembers) && !slices.Contains(c.Rules, rulePartOf) {
		return false
	}
	return strings.HasPrefix(c.Item, "participation") || strings.HasPrefix(c.Item, "member of")
}
