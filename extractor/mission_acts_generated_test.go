package extractor

import (
	"fmt"
	"testing"
)

// Generated table of a mission as the subject of a verb of help, its
// owner named right before the mission noun: "the EU training mission
// will train 5,000 soldiers". Sentences are written for the test. The
// owner gets one support line with the status of the verb group.

// genActsMissions are missions with their owner, %s none.
var genActsMissions = []struct{ code, label, text string }{
	{"EU", "EU training mission", "The EU training mission"},
	{"EU", "EU mission in place", "The EU mission in Moldova"},
	{"NATO", "NATO's advisory mission", "NATO's advisory mission"},
	{"IT", "Italian naval mission", "The Italian naval mission"},
	{"FR", "French military mission", "A French military mission"},
}

// genActsVerbs are verb groups of help with an object, %s the mission,
// and the status they show.
var genActsVerbs = []struct{ label, text, status string }{
	{"will train number", "%s will train 5,000 Moldovan soldiers.", "pledged"},
	{"trained past", "%s trained Moldovan armed forces for ten years.", "delivered"},
	{"has already trained", "%s has already trained 3,000 soldiers.", "delivered"},
	{"will advise", "%s will advise the Moldovan defence ministry.", "pledged"},
	{"escorted", "%s escorted 40 merchant ships through the strait.", "delivered"},
	{"will also assist", "%s will also assist the Moldovan coast guard.", "pledged"},
	{"is working and will train", "%s is already working and will train 2,000 Moldovan soldiers.", "pledged"},
	{"will monitor", "%s will monitor the ceasefire line.", "pledged"},
}

// genActsBack are two-sentence texts where a bare "the mission" stands
// for the owned mission named before, %s a verb group of genActsVerbs'
// kind applied to "This mission" / "The mission".
var genActsBack = []struct{ code, label, first string }{
	{"EU", "EU mission launched", "The EU launched a training mission for Moldova on Monday. Twenty member states take part in the EU mission."},
	{"EU", "EU mission named", "The EU military assistance mission for Moldova started work in November."},
	{"DE", "German mission named", "A German naval mission arrived in the region last week."},
}

// genActsNearMisses must give no line: a group's mission, a bare mission,
// a mission as object or purpose, a mission trained by others, a mission
// asked to help, a mission that failed.
var genActsNearMisses = []string{
	"The UN mission will train 5,000 Moldovan soldiers.",
	"The mission will train 5,000 Moldovan soldiers.",
	"Moldova asked the EU mission to train its soldiers.",
	"The EU mission might train Moldovan soldiers one day.",
	"The Moldovan mission was trained by foreign instructors.",
	"The EU mission could not train the soldiers because of the fighting.",
	"The EU mission did not escort any ships.",
	"The EU mission trains Moldovan soldiers in three camps.",
	"NATO's mission patrols the northern border.",
	"The UN mission in Moldova started work in November. The mission will train 5,000 Moldovan soldiers.",
	"The EU mission started work in 2015. Talks went on for months. Officials met in Brussels. The mission will train 5,000 soldiers.",
}

// TestGeneratedMissionActs checks that the owner of a mission that is the
// subject of a verb of help gets one support line with the verb's
// status, and that near-misses give none.
func TestGeneratedMissionActs(t *testing.T) {
	g := newGenTable(t)
	for _, m := range genActsMissions {
		for _, v := range genActsVerbs {
			text := fmt.Sprintf(v.text, m.text)
			g.expect(text, g.lines(text, missionRender), []string{m.code + " support " + v.status}, "mission:"+m.label, "verb:"+v.label)
		}
	}
	for _, b := range genActsBack {
		for _, v := range genActsVerbs[:3] {
			for _, subj := range []string{"This mission", "The mission"} {
				text := b.first + " " + fmt.Sprintf(v.text, subj)
				g.expect(text, g.lines(text, missionRender), []string{b.code + " support " + v.status}, "back:"+b.label, "verb:"+v.label)
			}
		}
	}
	for _, text := range genActsNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated mission acts")
}
