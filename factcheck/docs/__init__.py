"""Reference documents shipped with factcheck (`factcheck docs TOPIC`)."""
