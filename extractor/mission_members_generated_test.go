package extractor

import (
	"fmt"
	"testing"
)

// Generated table of the members and the leader of a multinational
// operation named in the grammar of the operation, not as subjects of a
// verb of giving: "the operation is led by A and includes B, C and D",
// "the A-led coalition comprises B and C", "the mission is made up of
// B, C and D". Sentences are written for the test. By the conventions a
// country named as a participant in a coalition or initiative gets its
// own support line; groups ("allies") get none.

// genMembersLeaders are the forms that name the leader before the list,
// %[1]s the leader and %[2]s the list of members.
var genMembersLeaders = []struct {
	label, text string
	future      bool
}{
	{"is led by X and includes", "The maritime operation is led by %[1]s and includes %[2]s.", false},
	{"is headed by X and comprises", "The naval coalition is headed by %[1]s and comprises %[2]s.", false},
	{"comma led by X comma includes", "The coalition, led by %[1]s, includes %[2]s.", false},
	{"which is led by X includes", "The task force, which is led by %[1]s, also includes %[2]s.", false},
	{"X-led includes", "The %[3]s-led naval mission includes %[2]s.", false},
	{"X-led is made up of", "The %[3]s-led coalition is made up of %[2]s.", false},
	{"named operation is lead by X and includes", "Operation Blue Gate is lead by %[1]s and includes %[2]s.", false},
	{"named task force comma led by X", "Task Force Harbour, led by %[1]s, comprises %[2]s.", false},
	{"is commanded by X and consists of", "The operation is commanded by %[1]s and consists of %[2]s.", false},
	{"X-led will include", "The %[3]s-led task force will include %[2]s.", true},
	{"comma led by X comma will be made up of", "The new coalition, led by %[1]s, will be made up of %[2]s.", true},
}

// genMembersPlain are member lists without a leader, %s the list.
var genMembersPlain = []struct{ label, text string }{
	{"is made up of", "The naval mission is made up of %s."},
	{"is composed of", "The task force is composed of %s."},
	{"will include", "The new coalition will include %s."},
	{"includes colon", "The maritime coalition includes four countries: %s."},
	{"members include", "Members of the coalition include %s."},
}

// genMembersLeaderForms are leaders with their demonym for "-led".
var genMembersLeaderForms = []struct{ code, name, demonym string }{
	{"US", "the United States", "US"},
	{"FR", "France", "French"},
	{"GB", "Britain", "British"},
}

// genMembersNearMisses must give no line: a programme's beneficiaries, a
// political coalition, a region or a meeting, an alliance's membership,
// a past operation, a mandate.
var genMembersNearMisses = []string{
	"The programme includes Moldova, Georgia and Armenia.",
	"The ruling coalition includes the Greens, the Liberals and the Social Democrats.",
	"The region includes Chad, Niger and Mali.",
	"The talks included Norway, Spain and Portugal.",
	"The operation was led by France in 2013 and included Chad, Niger and Mali.",
	"The mission's mandate includes Chad, Niger and Mali.",
	"The coalition, led by rebels, includes fighters from Chad, Niger and Mali.",
	"The summit was led by Norway and included Spain, Portugal and Italy.",
	"The US-led delegation includes Norway, Spain and Portugal.",
	"The rebel-led coalition includes groups from Chad, Niger and Mali.",
	"The coalition government, led by the Greens, includes the Liberals and the Social Democrats.",
}

// TestGeneratedMissionMembers checks that the leader and each member of
// an operation named in its own grammar get one support line each, and
// that near-misses give none.
func TestGeneratedMissionMembers(t *testing.T) {
	g := newGenTable(t)
	members := "Norway, Spain and Portugal"
	want := []string{"NO support pledged", "ES support pledged", "PT support pledged"}
	for _, f := range genMembersLeaders {
		for _, l := range genMembersLeaderForms {
			text := fmt.Sprintf(f.text, l.name, members, l.demonym)
			st := "delivered" // a led operation with members runs now
			if f.future {
				st = "pledged"
			}
			w := sortedLines(l.code+" support "+st, "NO support "+st, "ES support "+st, "PT support "+st)
			g.expect(text, sortedLines(g.lines(text, missionRender)...), w, "leader:"+f.label, "form:"+l.code)
		}
	}
	for _, f := range genMembersPlain {
		text := fmt.Sprintf(f.text, members)
		g.expect(text, sortedLines(g.lines(text, missionRender)...), sortedLines(want...), "plain:"+f.label)
	}
	for _, text := range genMembersNearMisses {
		g.expectNone(text, g.lines(text, missionRender), "near-miss")
	}
	g.done("generated mission members")
}
