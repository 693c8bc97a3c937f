"""Training prompts about subjects outside the corpus's tables, in everyday phrasing (not from either everyday set):
activity phrases x question frames, decontaminated against the question sets that measure the result (a question within
MiniLM cosine 0.6 of any of theirs is dropped). on-topic-base.md, nineteenth session:

    python docs/experiments/novel_subject_prompts.py prompts.txt 600 vas_demo/everyday_questions.txt EVERYDAY2 HELD_OUT
"""
import random, sys
from value_bank.builtin_rewards import _embed

ACTIVITIES = """sharpen a kitchen knife|patch a hole in drywall|descale a kettle|unclog a bathroom sink|hang a heavy mirror
level a wobbly bookshelf|reseal a bathtub|touch up chipped paint|defrost a freezer|get rid of a musty smell in a closet
repot a cactus|grow tomatoes on a balcony|start a compost bin|get rid of aphids on roses|prune an apple tree
keep squirrels out of a bird feeder|overwinter geraniums|grow basil from seeds|water succulents|mulch a flower bed
teach a parrot a new word|trim a cat's claws|introduce a new kitten to an old cat|get a hamster to trust me|clean a fish tank
stop a puppy from biting|bathe a dog that hates water|keep a rabbit cool in summer|choose a leash for a small dog|calm a nervous horse
learn to knit a scarf|start drawing with charcoal|learn calligraphy|build a birdhouse|start a sourdough starter
learn to solve a rubik's cube|get into bouldering|start playing the ukulele|learn to whistle|make candles at home
learn to ice skate|improve my golf swing|start kayaking|train for a long bike ride|learn to swim as an adult
stretch after lifting weights|get better at table tennis|start yoga at home|build up to a pull-up|warm up before a soccer game
pack a carry-on for two weeks|get over jet lag|find cheap train tickets|plan a road trip with kids|travel with a cat
sleep in a tent comfortably|keep food cold while camping|start a campfire safely|choose a hiking backpack|prepare for a long flight
write a cover letter|ask for a raise|run a short meeting|give feedback to a coworker|prepare a slideshow for work
negotiate rent|split bills with roommates|set up a monthly budget|pay off a credit card faster|save for a vacation
back up photos from my phone|speed up an old laptop|set up a home printer|choose a strong password|clean a laptop keyboard
fix a slow phone|stop spam calls|organize files on my computer|set up a second monitor|extend wifi to the garden
make a good cup of tea|brew coffee with a french press|keep avocados from browning|poach an egg|make fluffy pancakes
store cheese in the fridge|thicken a soup|cook pasta without it clumping|roast vegetables evenly|make a simple salad dressing
iron a dress shirt|remove a grease stain from jeans|shrink a wool sweater back|fold a fitted sheet|polish leather boots
sew a button back on|get wrinkles out without an iron|wash a down jacket|store winter clothes|get deodorant marks off a shirt
talk to a shy teenager|help a child with homework|plan a birthday party for a toddler|get a baby to nap|teach a child to tie shoes
apologize to a friend|make small talk at a party|say no to extra work|keep in touch with old friends|deal with a noisy neighbor
remember a grocery list|focus while studying|stop checking my phone at night|wake up earlier|read more books
learn a language on my own|memorize a speech|take better notes in class|prepare for a job interview|study for a math exam
check the tire pressure on my car|jump start a car|clean the inside of a car|keep a windshield from fogging|drive in snow""".replace("\n", "|").split("|")
FRAMES = ["How do I {a}?", "What is the best way to {a}?", "Any tips on how to {a}?", "What is an easy way to {a}?",
          "How can I {a} without much effort?", "I want to {a}. Where do I start?"]

if __name__ == "__main__":
    out, n, measured = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    rng = random.Random(0)
    questions = [frame.format(a=a.strip()) for a in ACTIVITIES for frame in FRAMES]
    held = [line.strip() for path in measured for line in open(path) if line.strip()]
    q, h = _embed(questions), _embed(held)
    near = (q @ h.T).max(1)
    kept = [x for x, s in zip(questions, near) if s < 0.6]
    rng.shuffle(kept)
    print(len(ACTIVITIES), "activities,", len(questions), "questions,", len(kept), "after dropping those near a held-out or everyday question")
    open(out, "w").write("\n".join(kept[:n]) + "\n")
