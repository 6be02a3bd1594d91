# Words from workshop and session files' own vocabulary.

## The deal's two columns
deal-council-heading = What the council will do
deal-community-heading = What residents and communities will do
