package extractor

import "testing"

// TestEquipmentPresenceMore holds ships and aircraft of a named country
// in a mission (frame.presence, equipment.presence-includes) read
// through more verbs of presence ("is set to join", "are part of",
// "serving as", "engaged in", "will deploy in", "are coming to", "set
// off"), lists of ships under a counted header after a colon, ships
// coordinated with articles and names, the owner named by its armed
// service ("the Portuguese Navy frigate") and a mission that "can draw
// upon" ships. Near-misses: no mission near, a ship or plane that is the
// agent of another verb ("transported by the Kenyan Army plane"), a ship
// with no country, an exercise.
func TestEquipmentPresenceMore(t *testing.T) {
	g := newGenTable(t)
	g.perRow = true
	const m = "The naval mission in the region gets new ships. "
	tests := []struct {
		text string
		want []string
	}{
		{m + "The Spanish frigate Example is set to join the mission on Friday.", []string{"ES equipment - pledged"}},
		{m + "The Italian frigate Example is to join two French vessels in the patrols.", []string{"IT equipment - pledged"}},
		{m + "The Dutch frigate Alpha and the Belgian frigate Beta are part of the task group.", []string{"NL equipment - delivered", "BE equipment - delivered"}},
		{m + "The Portuguese destroyer Example, serving as the command ship, the Danish frigate Gamma and the Swedish corvette Delta are part of the group.", []string{"PT equipment - delivered", "DK equipment - delivered", "SE equipment - delivered"}},
		{m + "The Norwegian frigate Example is already engaged in escorting merchant ships.", []string{"NO equipment - delivered"}},
		{"Three Czech fighter jets will deploy in Lithuania for the air policing mission.", []string{"CZ equipment 3 pledged"}},
		{"Four Dutch F-35s are coming to Estonia this week to back up the air policing mission.", []string{"NL equipment 4 delivered"}},
		{m + "Today the group consists of four ships: Estonian mine hunter ENS Alpha, Polish minehunter ORP Beta, Finnish minelayer FNS Gamma and Danish frigate HDMS Delta.", []string{"EE equipment - delivered", "PL equipment - delivered", "FI equipment - delivered", "DK equipment - delivered"}},
		{m + "The Spanish frigate will soon be joined by the Portuguese Navy frigate Example, which departed Lisbon on Monday.", []string{"ES equipment - pledged", "PT equipment - delivered"}},
		{m + "The operation can draw upon the Dutch frigates Alpha and Beta, as well as the Danish frigate Gamma.", []string{"NL equipment - delivered", "DK equipment - delivered"}},
		// near-misses
		{"The Spanish frigate Example is set to join the fleet's exercise on Friday.", nil},
		{m + "Composed of about 40 soldiers, the contingent, transported by the Kenyan Army plane, will be deployed in the north.", []string{}},
		{m + "The frigate is part of the task group.", nil},
		{"Currently, the squadron consists of six ships: Italian frigates, a Greek tanker and two Turkish corvettes.", nil},
	}
	for _, tc := range tests {
		g.expect(tc.text, g.lines(tc.text, giveRender), tc.want)
	}
	g.done("presence rows")
}
