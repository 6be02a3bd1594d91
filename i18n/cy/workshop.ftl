# Geiriau o eirfa ffeiliau gweithdy a sesiwn.

## Dwy golofn y fargen
deal-council-heading = Beth fydd y cyngor yn ei wneud
deal-community-heading = Beth fydd preswylwyr a chymunedau yn ei wneud
