"""The Privacy view: the network ledger and the Offline switch."""
