package provider

// The docs say "forces a new resource" on exactly the attributes whose
// change replaces the resource (TestForceNewDescriptions checks it).
const (
	forcesNew           = "Changing this forces a new resource."
	forcesNewConfigured = "Changing it where it is set forces a new resource."
)
