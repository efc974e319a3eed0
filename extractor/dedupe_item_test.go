package extractor

import "testing"

// TestSameItem checks the item comparison of equipment lines: heads with
// and without a plural "s" in any case, heads of one kind, shared model
// names, and items that differ.
func TestSameItem(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"tanks", "battle tank", true},
		{"Main Battle TANKS", "tank", true},
		{"fighter jets", "aircraft", true},
		{"patrol BOATS", "naval vessels", true},
		{"artillery shells", "rounds", true},
		{"Leopard tanks", "Leopard 2A6", true},
		{"Leopard tanks", "leopard units", true},
		{"IRIS-T systems", "launchers", false},
		{"Patriot batteries", "air defence Patriot", true},
		{"helicopters", "drones", false},
		{"drones", "", false},
		{"  ", "drones", false},
		{"über-drones", "ÜBER-DRONE", true},
		{"counter-battery radars", "radar", true},
	} {
		if got := sameItem(tc.x, tc.y); got != tc.want {
			t.Errorf("sameItem(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}
