package extractor

import (
	"fmt"
	"testing"
)

// Generated table of missions launched by their owner in the active
// (frame.launch-mission). Sentences are written for the test.

// genLaunchForms are the launch forms, %[1]s the owner and %[2]s the
// mission, with their status.
var genLaunchForms = []struct{ text, status string }{
	{"%[1]s will launch %[2]s to protect shipping.", "pledged"},
	{"%[1]s agreed on the launch of %[2]s.", "pledged"},
	{"%[1]s will set up %[2]s in the region.", "pledged"},
	{"%[1]s could establish %[2]s next year.", "considering"},
	{"%[1]s launches %[2]s", "pledged"},
	{"%[1]s refused to launch %[2]s.", "declined"},
}

// genLaunchOwners are the owners with their codes.
var genLaunchOwners = []struct{ text, code string }{{"The EU", "EU"}, {"France", "FR"}, {"NATO", "NATO"}}

// genLaunchMissions are the missions launched.
var genLaunchMissions = []string{"a naval mission", "a new training mission", "a monitoring mission", "a military assistance mission"}

// genLaunchNearMisses must give no line: an operation of war, a
// diplomatic mission, a group's mission, a past launch with a year, a
// passive (the own-mission frame's).
var genLaunchNearMisses = []string{
	"Russia launched a special military operation in the region.",
	"The army launched an offensive in the north.",
	"China will establish a diplomatic mission in the capital.",
	"The UN launched a peacekeeping mission in the region.",
	"France launched a training mission in the region in 2015.",
	"Spain will launch a trade mission to Asia.",
}

// TestGeneratedLaunchMission checks one support line per owner that
// launches a mission, and none for the near-misses.
func TestGeneratedLaunchMission(t *testing.T) {
	g := newGenTable(t)
	for _, f := range genLaunchForms {
		for _, o := range genLaunchOwners {
			for _, m := range genLaunchMissions {
				text := fmt.Sprintf(f.text, o.text, m)
				g.expect(text, g.lines(text, missionRender), []string{o.code + " support " + f.status}, "form:"+f.text, "owner:"+o.code, "mission:"+m)
			}
		}
	}
	for _, text := range genLaunchNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated launch mission")
}
