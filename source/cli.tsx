// Placeholder entry until the command layer lands.
console.log('0.1.0');
