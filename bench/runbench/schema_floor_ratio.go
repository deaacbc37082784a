package main

import (
	"fmt"
	"time"
)

// schemaFloorRatio gives, for a command without orders, the schema floor's
// own ratio to the floor: what the framework and the CLI cost on
// colt_number's schema with none of our code. With orders it gives
// nothing, since adding the orders' time to a floor over-counts where the
// CLI's work overlaps the orders (ours can come in under the schema floor
// + orders).
func (res *results) schemaFloorRatio(cliLabel string, w workload, command string, floorWall time.Duration) string {
	sf, ok := res.summary(key{cli: cliLabel, w: w, side: schemaFloor, command: command})
	if !ok || res.orderFloor(w, command) > 0 {
		return ""
	}
	return fmt.Sprintf("; the schema floor alone %.2f×", float64(sf.wall)/float64(floorWall))
}
