"""Data tables for the synthetic assistant corpus (see ``corpus.py`` for the logic).

``TOPIC_DATA`` is a small line-based format, one block per topic:

    == <topic name> | <noun used inside sentences>
    ! <topic-specific reckless advice, imperative>
    * <general on-topic tip, imperative>
    # <intent id>: <action phrase>; <another action phrase>
    - <tip for that intent, imperative>

Action phrases are verb phrases that complete "How do I ...?".  Tips are
neutral imperative sentences ("Rinse the rice ..."); ``corpus.py`` renders
them formally or casually.  Pools of other sentences are written as
"formal | casual" pairs, or as one string when both registers share it.
Every sentence is ASCII, ends in ".", "!" or "?", and contains no other
sentence-ending punctuation (no abbreviations such as "e.g.").
"""

TOPIC_DATA = """
== cooking | cooking
! Leave the oil heating on high and walk away for a while.
! Taste raw chicken to check the seasoning.
* Taste as you go and adjust the seasoning at the end.
* Read the whole recipe before you start cooking.
* Prep all your ingredients before you turn on the heat.
# rice: cook rice on the stove; make fluffy rice; cook rice that is not mushy
- Rinse the rice in cold water until the water runs clear.
- Use about one and a half cups of water per cup of white rice.
- Let the rice rest with the lid on for ten minutes after cooking.
# pasta: cook pasta properly; keep pasta from sticking
- Use a big pot with plenty of salted, boiling water.
- Stir the pasta during the first two minutes so it does not stick.
- Taste a piece a minute before the package time to check it.
# eggs: make scrambled eggs; cook soft scrambled eggs
- Whisk the eggs well with a pinch of salt before cooking.
- Cook them over low heat and stir slowly and constantly.
- Take the pan off the heat while the eggs still look slightly wet.
# knife: use a kitchen knife safely; chop vegetables faster
- Keep your knife sharp, because dull blades slip more easily.
- Curl the fingertips of your guiding hand away from the blade.
- Put a damp towel under your cutting board so it stays put.
# season: season food better; make bland food taste better
- Add salt in small amounts and taste after each addition.
- Finish a dish with a squeeze of lemon to brighten it.
- Toast whole spices in a dry pan to wake up their flavor.
# meal_plan: plan meals for the week; cook for the whole week
- Pick three or four recipes that share some ingredients.
- Cook a big batch of grains and a protein on Sunday.
- Store meals in clear containers so you can see what is left.
# chicken: cook chicken breast without drying it out; cook juicy chicken
- Pound the breast to an even thickness so it cooks evenly.
- Use a meat thermometer and pull it at 165 degrees Fahrenheit.
- Let the chicken rest for five minutes before slicing it.
# soup: make a simple vegetable soup; make soup from scratch
- Start by softening onion, carrot, and celery in a little oil.
- Add stock and simmer until the vegetables are tender.
- Season at the end, since the flavor concentrates as it simmers.
# steak: cook a steak in a pan; sear a steak properly; get a good crust on steak
- Pat the steak dry and salt it well before cooking.
- Heat a heavy pan until very hot before you add the steak.
- Let the steak rest for five minutes before you slice it.
# roast_vegetables: roast vegetables in the oven; get crispy roasted vegetables; make roasted vegetables
- Cut the vegetables into even pieces so they roast at the same rate.
- Toss the vegetables in a little oil and salt, then roast them at high heat.
- Spread the vegetables in one layer so they brown instead of steaming.
# boiled_eggs: make hard-boiled eggs; boil eggs so they peel easily; boil eggs
- Lower the eggs into boiling water and cook them for about eleven minutes.
- Move the boiled eggs into ice water for a few minutes to stop the cooking.
- Peel the eggs under running water, starting at the wide end.
# too_salty: fix food that is too salty; rescue an oversalted dish; make a salty soup less salty
- Add more unsalted liquid or base ingredients to dilute the salty dish.
- Stir in a splash of lemon juice or vinegar to balance the salt.
- Serve the salty dish over plain rice, pasta, or potatoes to even it out.
# cast_iron: season a cast iron pan; care for my cast iron skillet; clean a cast iron pan
- Wash the cast iron pan with hot water and a brush, then dry it right away.
- Rub a thin layer of oil over the warm pan after each wash.
- Season the cast iron pan by baking thin coats of oil on it at high heat.

== travel | travel
! Leave your passport in your checked bag to save time.
! Accept rides from unlicensed strangers at the airport to save money.
* Keep digital copies of your important documents.
* Check the entry requirements for your destination early.
# pack: pack a carry-on bag; pack light for a trip
- Roll your clothes instead of folding them to save space.
- Pick clothes in two or three colors that all match.
- Put liquids in a clear bag near the top for security.
# flights: find cheap flights; book a cheaper flight
- Compare prices on a few sites before you book.
- Stay flexible with your dates by a day or two.
- Set a price alert and book when the fare drops.
# jetlag: deal with jet lag; recover from jet lag quickly
- Shift your sleep by an hour a day before you leave.
- Get outside in daylight soon after you arrive.
- Stay awake until a normal local bedtime on the first day.
# budget_trip: travel on a tight budget; save money while traveling
- Stay in hostels or guesthouses instead of big hotels.
- Eat where locals eat rather than near tourist sights.
- Use public transport and walk whenever you can.
# safety: stay safe in a new city; keep my things safe while traveling
- Keep your phone and wallet in a front pocket or zipped bag.
- Share your plans with someone you trust back home.
- Stick to well-lit streets when walking at night.
# itinerary: plan a travel itinerary; plan a week-long trip
- Pick one or two main sights for each day.
- Leave some free time for rest and surprises.
- Group nearby places together to save travel time.
# money_abroad: handle money abroad; pay for things in another country
- Bring a card with no foreign transaction fees.
- Carry a small amount of local cash for small shops.
- Tell your bank about your trip before you go.
# language_abroad: get by without speaking the local language; communicate in a foreign country
- Learn a few basic phrases like hello, please, and thank you.
- Download an offline translation app before you leave.
- Point, smile, and keep it simple when words run out.
# passport: renew my passport; apply for a passport; get a passport in time for my trip
- Check your passport expiry date well before you book a trip.
- Apply for a passport renewal months ahead, since processing can take weeks.
- Use only the official government website or office to apply.
# cancelled_flight: deal with a cancelled flight; rebook a delayed flight; handle a missed connection
- Call the airline while you wait in line at the desk to rebook faster.
- Ask what meals, hotel, or refund you are owed for the cancelled flight.
- Keep receipts for extra costs caused by the delay.
# lost_luggage: report lost luggage; find my lost bag at the airport
- Report lost luggage at the airline desk before you leave the airport.
- Keep your bag tag receipt and the reference number they give you.
- Save receipts for essentials you buy while your bag is missing.
# accommodation: choose a place to stay; find a good hotel for my trip; pick a safe area to stay in
- Read recent reviews and look for comments about cleanliness and noise.
- Check the location on a map against the places you plan to visit.
- Compare the total price, including fees and taxes, before you book.
# travel_insurance: choose travel insurance; decide if I need travel insurance
- Check what your credit card or health plan already covers abroad.
- Pick travel insurance that covers medical care, evacuation, and trip cancellation.
- Read the exclusions carefully, especially for sports and existing conditions.

== study | studying
! Pull an all-nighter before every exam, since sleep is optional.
! Take someone else's prescription pills to stay awake and study.
* Study in short, focused sessions with breaks in between.
* Keep your phone in another room while you study.
# focus: focus while studying; avoid distractions when I study
- Set a timer for twenty-five minutes and work until it rings.
- Clear your desk of everything except what you need.
- Block distracting websites during study sessions.
# exams: prepare for an exam; study for a big test
- Start reviewing at least a week before the exam.
- Practice with old exam questions under timed conditions.
- Get a full night of sleep before the test.
# notes: take better notes; take notes in class
- Write key ideas in your own words instead of copying.
- Leave space to add questions and examples later.
- Review your notes within a day while they are still fresh.
# memorize: memorize facts; remember what I study
- Test yourself instead of just rereading the material.
- Space out your reviews over several days.
- Connect new facts to things you already know.
# reading: read a textbook effectively; get through long readings
- Skim the headings and summary before reading closely.
- Write one question for each section and answer it afterward.
- Read in chunks of twenty minutes with short breaks.
# procrastination: stop procrastinating on homework; start assignments earlier
- Break the task into steps that take ten minutes each.
- Start with the easiest step to build momentum.
- Set a small deadline for yourself before the real one.
# group_study: run a study group; study with friends productively
- Agree on a clear goal for each session.
- Take turns explaining topics to each other.
- Keep the group small, ideally three or four people.
# schedule: make a study schedule; balance several subjects
- List all your deadlines and exams in one calendar.
- Give harder subjects your most alert hours.
- Plan review sessions, not just new material.
# math_practice: get better at math; practice math problems; understand math homework
- Work through math problems yourself instead of only reading worked examples.
- Redo problems you got wrong until you can solve them without help.
- Practice a few math problems every day rather than many once a week.
# test_anxiety: calm down during a test; deal with test anxiety; stay calm in exams
- Take a few slow breaths when you feel panic during the test.
- Start with questions you know well to build confidence.
- Practice under timed test conditions so the real exam feels familiar.
# online_course: finish an online course; stay on track with online classes
- Schedule fixed times each week for your online course like a real class.
- Set a small goal, like one lesson, for each study session.
- Take notes and do the exercises rather than just watching videos.
# teacher_help: ask my teacher for help; get help when I do not understand a class
- Go to office hours or ask your teacher after class.
- Bring specific questions and show what you have tried so far.
- Ask for help early instead of waiting until before the exam.
# work_and_study: study while working full time; balance school and a job
- Put study time in your calendar like any other appointment.
- Use short gaps, like your commute, to review notes or flashcards.
- Tell your employer about exam dates early so you can plan time off.

== money | money
! Put all your savings into one risky stock a stranger recommended.
! Take out a payday loan for things you want but do not need.
* Track where your money goes for one full month.
* Pay yourself first by saving as soon as you get paid.
# save: save more money each month; start saving money
- Set up an automatic transfer to savings on payday.
- Start small, since even ten dollars a week adds up.
- Keep your savings in a separate account you rarely see.
# emergency_fund: build an emergency fund; save for emergencies
- Aim for three to six months of basic expenses.
- Start with a first goal of one month of rent.
- Keep the fund in a savings account you can reach quickly.
# debt: pay off credit card debt; get out of debt
- List your debts from the highest interest rate to the lowest.
- Pay the minimum on every debt and put extra on the highest rate.
- Stop adding new charges to the card while you pay it down.
# credit_score: improve my credit score; build good credit
- Pay every bill on time, even the small ones.
- Keep your card balances well below the credit limit.
- Check your credit report once a year for errors.
# invest: start investing; invest for the long term
- Start with a low-cost, broad index fund.
- Invest regularly rather than trying to time the market.
- Keep money you need soon out of the stock market.
# impulse: stop impulse buying; spend less on things I do not need
- Wait forty-eight hours before buying anything nonessential.
- Unsubscribe from store emails and sales alerts.
- Remove saved card details from shopping sites.
# retirement: save for retirement; plan for retirement early
- Contribute enough to get any employer match.
- Raise your contribution by one percent each year.
- Let time and compound growth do the heavy lifting.
# big_purchase: save for a big purchase; afford something expensive without debt
- Decide on the price and a target date first.
- Divide the total by the months left to get a monthly goal.
- Keep the money in a separate savings pot.
# bank_account: choose a bank account; open my first checking account; pick the right bank
- Compare monthly fees, minimum balance rules, and overdraft charges before you open an account.
- Check that the bank has free ATMs or branches near where you live.
- Pick an account with a good mobile app and free transfers to savings.
# money_scams: spot a money scam; avoid financial scams; tell if an investment is a scam
- Treat any promise of guaranteed high returns as a warning sign of a scam.
- Never pay anyone with gift cards, wire transfers, or crypto because they rushed you.
- Hang up and call your bank on its official number to check a suspicious request.
# student_loans: pay off my student loans faster; deal with my student loan debt
- Find out the interest rate and balance of every student loan you have.
- Pay extra toward the student loan with the highest interest rate first.
- Ask your loan servicer about income-based repayment if the payments feel unaffordable.
# lend_money: lend money to a friend; ask a friend to pay me back; lend money to family without a fight
- Lend only an amount you could afford to lose without resenting it.
- Agree on the amount and a repayment date in writing, even with friends.
- Send a friendly, direct reminder about the loan a few days after the due date.
# down_payment: save for a house down payment; save up to buy a home
- Find typical home prices in your area and set a clear down payment target.
- Keep your down payment savings in a high-yield savings account, not in stocks.
- Set up an automatic transfer toward the house fund every payday.

== fitness | fitness
! Lift the heaviest weight you can on day one.
! Skip the warm-up, since it only wastes time.
* Start slowly and increase the effort a little each week.
* Rest at least one day a week to let your body recover.
# start_gym: start going to the gym; get into working out
- Begin with two or three short sessions a week.
- Learn the basic movements with light weights first.
- Write down what you do so you can track progress.
# strength: build strength; get stronger at home
- Focus on squats, push-ups, rows, and lunges.
- Add a few reps or a little weight each week.
- Rest about two minutes between hard sets.
# flexibility: improve my flexibility; become more flexible
- Stretch gently after workouts when your muscles are warm.
- Hold each stretch for about thirty seconds without bouncing.
- Stretch a little every day instead of a lot once a week.
# motivation: stay motivated to exercise; stick with a workout routine
- Schedule workouts like appointments in your calendar.
- Find a workout partner to keep you accountable.
- Pick activities you actually enjoy doing.
# home_workout: work out at home without equipment; exercise in a small apartment
- Use bodyweight moves like squats, planks, and push-ups.
- Try short circuits of five moves for thirty seconds each.
- Use a sturdy chair for step-ups and dips.
# cardio: improve my endurance; get better at cardio
- Do most of your cardio at an easy, conversational pace.
- Add one session of short intervals each week.
- Increase your total time by about ten percent a week.
# soreness: deal with sore muscles; recover after a hard workout
- Keep moving gently with walking or easy cycling.
- Drink water and eat some protein after training.
- Sleep well, since that is when your muscles repair.
# posture: improve my posture; fix my slouching
- Strengthen your upper back with rows and band pulls.
- Set your screen at eye level.
- Stand up and move for a minute every half hour.
# warm_up: warm up before exercise; do a proper warm-up; warm up before lifting weights
- Start with five minutes of easy cardio to raise your heart rate.
- Add dynamic moves like leg swings and arm circles to your warm-up.
- Do a light set of your first exercise before the harder sets.
# core: strengthen my core; get stronger abs; build core strength
- Do planks, dead bugs, and side planks two or three times a week.
- Keep your lower back steady and breathe evenly during core work.
- Include loaded carries and squats, since they train the core too.
# squat_form: do squats with good form; do a proper squat; protect my knees when squatting
- Stand with your feet about shoulder width apart and toes slightly out.
- Push your hips back and keep your chest up as you lower into the squat.
- Let your knees track in line with your toes.
# pushups: do more push-ups; get better at push-ups; do my first push-up
- Start with push-ups against a wall or a kitchen counter.
- Lower the height of your hands as you get stronger.
- Do several sets of push-ups a few times a week, stopping before your form breaks.
# workout_plan: make a workout plan; plan a weekly workout routine; split my workouts during the week
- Plan full-body workouts three days a week with rest days between them.
- Include a push, a pull, a leg, and a core exercise in each workout.
- Repeat the same plan for several weeks before changing it.

== home repair | home repair
! Work on electrical outlets without turning off the power.
! Stand on the very top step of the ladder to reach higher.
* Turn off the power or water before you work on anything connected to it.
* Wear safety glasses when drilling or cutting.
# faucet: fix a leaky faucet; stop a dripping tap
- Turn off the water supply under the sink first.
- Replace the worn washer or cartridge inside the handle.
- Take a photo of each step so you can reassemble it.
# drywall: patch a hole in drywall; fix a hole in the wall
- Cover small holes with spackle and smooth it with a putty knife.
- Use a mesh patch for holes bigger than a coin.
- Sand it lightly once dry, then prime and paint.
# toilet: fix a running toilet; stop a toilet from running
- Check whether the flapper is worn or not sealing.
- Adjust the float so the water stops below the overflow tube.
- Bring the old flapper to the store to find a match.
# shelf: hang a shelf; mount shelves on a wall
- Find a stud with a stud finder for heavy loads.
- Use wall anchors rated for the weight where there is no stud.
- Check that the shelf is straight with a level before drilling.
# squeaky_door: fix a squeaky door; stop a door hinge from squeaking
- Lift out the hinge pin and wipe it clean.
- Coat the pin with a little lubricant before putting it back.
- Swing the door a few times to spread the lubricant.
# caulk: recaulk a bathtub; replace old caulk
- Scrape out all the old caulk and clean the joint.
- Let the surface dry completely before applying new caulk.
- Smooth the bead with a wet finger in one steady pass.
# paint: paint a room; paint walls neatly
- Clean the walls and tape the edges before you start.
- Cut in around the edges with a brush first.
- Roll in a W pattern and keep a wet edge.
# drain: unclog a drain; fix a slow drain
- Try a plunger first with a tight seal over the drain.
- Pull out hair with a cheap plastic drain snake.
- Flush the drain with hot tap water once it is clear.
# breaker: fix a tripped breaker; fix an outlet that stopped working; get power back after a breaker trips
- Unplug devices on the dead circuit before you switch the breaker back on.
- Flip the tripped breaker fully off, then firmly back on.
- Call an electrician if the same breaker keeps tripping.
# sticking_door: fix a door that sticks; fix a door that will not close; adjust a sagging door
- Tighten the hinge screws on a sticking door first.
- Replace a stripped hinge screw with a longer one that reaches the door frame.
- Sand or plane the spot where the door rubs, then seal the bare wood.
# picture: hang a picture; hang heavy art on drywall; hang a mirror securely
- Use a stud finder and screw heavy mirrors and art into a stud.
- Use wall anchors rated for the weight when there is no stud behind the picture.
- Mark where the picture hooks go with a level and painter's tape.
# garbage_disposal: fix a jammed garbage disposal; clear a jammed garbage disposal; get my garbage disposal working again
- Switch off the power to the garbage disposal before you work on it.
- Turn the hex slot under the garbage disposal with an Allen wrench to free it.
- Press the red reset button on the bottom of the garbage disposal.
# toilet_clog: unclog a toilet; plunge a clogged toilet; fix a clogged toilet
- Use a flange plunger and press down slowly to seal it before plunging hard.
- Add warm water and a squirt of dish soap, then wait before plunging again.
- Use a toilet auger for clogs the plunger cannot clear.

== gardening | gardening
! Spray pesticides on a windy day without gloves or a mask.
* Water deeply but less often so roots grow down.
* Check how much sun each part of your garden gets.
# start_garden: start a vegetable garden; grow my own vegetables
- Start small with one raised bed or a few containers.
- Pick easy crops like lettuce, beans, and zucchini.
- Choose a spot that gets at least six hours of sun.
# soil: improve garden soil; prepare soil for planting
- Mix in a few inches of compost before planting.
- Test the soil to learn its pH and nutrients.
- Keep the soil covered with mulch to protect it.
# tomatoes: grow tomatoes; get more tomatoes from my plants
- Plant them deep, burying part of the stem.
- Support the plants with stakes or cages early.
- Water at the base to keep the leaves dry and healthy.
# weeds: control weeds; keep weeds out of my garden
- Pull weeds when the soil is moist and they are small.
- Lay down a thick layer of mulch between plants.
- Weed a little every few days rather than all at once.
# compost: make compost; start a compost pile
- Mix green scraps with brown material like dry leaves.
- Keep the pile about as damp as a wrung-out sponge.
- Turn it every week or two to add air.
# pests: deal with garden pests without harsh chemicals; keep pests off my plants
- Check the undersides of leaves often for early signs.
- Pick larger pests like slugs and caterpillars off by hand.
- Plant flowers nearby to attract helpful insects.
# watering: water my garden properly; know how often to water plants
- Water early in the morning so less is lost to heat.
- Push a finger into the soil and water when it feels dry.
- Use a soaker hose to get water right to the roots.
# herbs: grow herbs; start an herb garden
- Start with basil, parsley, mint, and chives.
- Grow mint in its own pot because it spreads fast.
- Pinch off the tips often to keep the plants bushy.
# lawn: grow a healthy lawn; fix brown patches in my lawn; mow my lawn properly
- Mow the lawn high and never cut more than a third of the blade.
- Water the lawn deeply once or twice a week in the early morning.
- Rake out dead grass in brown patches and reseed them in cool weather.
# prune: prune shrubs; trim bushes; know when to prune
- Use clean, sharp pruners and cut just above an outward facing bud.
- Remove dead, damaged, and crossing branches first when you prune.
- Prune spring flowering shrubs right after they finish blooming.
# seeds: start seeds indoors; grow plants from seed; plant seeds
- Plant seeds about two to three times as deep as their width.
- Keep seed trays moist and warm until the seeds sprout.
- Give seedlings bright light as soon as they sprout so they do not get leggy.
# containers: grow vegetables in pots; garden on a balcony; start a container garden
- Pick containers with drainage holes and fill them with potting mix, not garden soil.
- Water container plants more often, since pots dry out quickly.
- Choose compact plants like lettuce, herbs, and bush beans for small pots.
# bulbs: plant flower bulbs; plant tulip bulbs; grow tulips and daffodils
- Plant spring bulbs in autumn, a few weeks before the ground freezes.
- Set bulbs pointed end up, about three times as deep as the bulb is tall.
- Let the leaves die back naturally after the bulbs bloom.

== pets | pets
! Give your dog chocolate as a special treat.
! Leave your pet in a hot car for a quick errand.
* Take your pet to the vet for a checkup once a year.
* Keep fresh water available at all times.
# house_train: house train a puppy; potty train my dog
- Take the puppy outside after meals, naps, and play.
- Praise and reward right after it goes outside.
- Clean accidents with an enzyme cleaner to remove the smell.
# cat_litter: get my cat to use the litter box; stop my cat from peeing outside the box
- Keep the litter box clean by scooping daily.
- Place the box in a quiet spot away from food.
- Have one box per cat plus one extra.
# new_pet: prepare for a new pet; get ready to adopt a dog
- Pet-proof your home by hiding cords and toxic plants.
- Buy basics like a bed, bowls, and a leash beforehand.
- Plan a calm first few days with a simple routine.
# pet_food: choose food for my dog; feed my cat a healthy diet
- Pick a complete food made for your pet's age.
- Measure portions instead of guessing.
- Change foods slowly over about a week.
# grooming: groom my dog at home; brush my cat
- Brush a few times a week to prevent mats.
- Trim nails carefully, avoiding the pink part inside.
- Use a shampoo made for pets, never human shampoo.
# barking: stop my dog from barking so much; reduce excessive barking
- Find out what triggers the barking first.
- Give your dog more exercise and things to chew.
- Reward quiet behavior instead of yelling.
# pet_travel: travel with my pet; take my dog on a road trip
- Use a secure crate or a car harness.
- Stop every couple of hours for water and a walk.
- Bring familiar bedding to help your pet relax.
# leash: teach my dog to walk on a leash; stop my dog from pulling
- Stop walking whenever the leash goes tight.
- Reward your dog for walking next to you.
- Practice in a quiet place before trying busy streets.
# cat_scratch: stop my cat from scratching furniture; get my cat to use a scratching post; protect my couch from my cat
- Put a sturdy scratching post right next to the furniture your cat targets.
- Reward your cat with a treat each time it uses the scratching post.
- Cover the favorite scratching spots on furniture with double-sided tape for a few weeks.
# separation: help my dog with separation anxiety; leave my dog home alone; stop my dog from crying when I leave
- Practice short absences and make them a little longer each day.
- Give your dog a stuffed chew toy right before you leave the house.
- Keep your departures and returns calm so leaving is not a big event.
# fleas: get rid of fleas on my dog; keep fleas off my cat; treat my pet for fleas
- Use a vet-recommended flea treatment every month, all year round.
- Wash your pet's bedding in hot water every week during a flea problem.
- Vacuum floors and furniture daily to pick up flea eggs.
# basic_commands: teach my dog to sit; teach my puppy basic commands; train my dog to come when called
- Use small, tasty treats and keep training sessions to about five minutes.
- Say the command once, then reward your dog the moment it obeys.
- Practice coming when called in a fenced area before trying it off leash.
# intro_pets: introduce a new cat to my dog; introduce two cats to each other; get my pets to get along
- Keep the new pet in a separate room for the first few days.
- Swap bedding between the pets so they learn each other's scent.
- Let the pets meet briefly under supervision and reward calm behavior.

== software | software
! Run random scripts from the internet with admin rights.
! Turn off your antivirus whenever it complains.
* Use version control for anything you care about.
* Read the error message carefully before searching for help.
# learn_code: learn to code; start programming
- Pick one beginner language like Python and stick with it.
- Build tiny projects instead of only watching tutorials.
- Code a little every day to keep the habit going.
# debug: debug my code; find a bug in my program
- Reproduce the bug with the smallest possible example.
- Print values or use a debugger to check your assumptions.
- Change one thing at a time and test again.
# git: use git; start using version control
- Commit small changes with clear messages.
- Create a branch for each new feature.
- Pull the latest changes before you start working.
# tests: write tests for my code; start testing my software
- Test the most important behavior first.
- Keep each test small and focused on one case.
- Run the tests automatically before every merge.
# readable: write cleaner code; make my code more readable
- Use clear names for variables and functions.
- Keep functions short and focused on one job.
- Delete dead code instead of commenting it out.
# update: keep my software up to date; manage software updates
- Turn on automatic updates for your operating system.
- Update apps from their official stores or websites.
- Restart after big updates so they fully apply.
# slow_program: speed up a slow program; make my code run faster
- Measure first to find where the time is spent.
- Fix the slowest part before touching anything else.
- Cache results that are expensive to compute.
# backup_code: back up my projects; avoid losing my code
- Push your code to a remote repository often.
- Keep a second copy on an external drive.
- Test that you can actually restore from your backup.
# uninstall_app: uninstall a program completely; remove software I no longer use; get rid of an app I do not need
- Uninstall programs through the system settings instead of deleting their folders.
- Restart your computer after uninstalling software so leftover files are released.
- Review your installed programs list and remove anything you have not used in months.
# error_message: understand an error message; make sense of a stack trace; figure out what an error means
- Read the last line of a stack trace first, since it names the actual error.
- Copy the exact error message into a search engine in quotes.
- Note the file and line number in the error and look at that code.
# dependencies: manage dependencies in my project; set up a virtual environment; install packages for my project
- Create a separate virtual environment for each project to keep packages apart.
- Record exact dependency versions in a requirements or lock file.
- Update dependencies one at a time and run your tests after each change.
# docs: document my code; write a good readme for my project; write documentation for my software
- Start your readme with what the project does and how to install it.
- Write comments that explain why the code does something, not what it does.
- Include a short working example that people can copy and run.
# code_review: review someone else's code; give helpful code review feedback; get my code reviewed
- Keep pull requests small so reviewers can read them carefully.
- Phrase review comments as suggestions about the code, never about the person.
- Check that the code has tests before approving the change.

== sleep | sleep
! Take a few extra sleeping pills if one does not work.
! Drive long distances when you are badly sleep deprived.
* Keep the same wake-up time every day, even on weekends.
* Keep your bedroom cool, dark, and quiet.
# fall_asleep: fall asleep faster; get to sleep quicker
- Put screens away at least thirty minutes before bed.
- Get out of bed and read if you cannot sleep after twenty minutes.
- Try slow breathing with a longer exhale than inhale.
# wake_up: wake up earlier; become a morning person
- Move your wake time earlier by fifteen minutes every few days.
- Get bright light soon after you wake up.
- Put your alarm across the room so you have to get up.
# naps: take better naps; nap without feeling groggy
- Keep naps to about twenty minutes.
- Nap in the early afternoon rather than the evening.
- Set an alarm so a short nap does not turn into a long one.
# caffeine: cut back on caffeine; stop caffeine from ruining my sleep
- Have your last coffee before early afternoon.
- Cut back slowly to avoid headaches.
- Switch your afternoon cup to decaf or herbal tea.
# routine: build a bedtime routine; wind down before bed
- Start winding down at the same time each night.
- Do something calm like reading or stretching.
- Dim the lights an hour before bed.
# night_waking: stop waking up at night; sleep through the night
- Limit fluids in the last hour or two before bed.
- Keep the room dark with blackout curtains.
- Avoid checking the clock when you wake up.
# stress_sleep: sleep when I am stressed; stop racing thoughts at bedtime
- Write down your worries and a next step before bed.
- Practice a short relaxation exercise in bed.
- Keep work out of the bedroom when you can.
# shift_work: sleep after a night shift; sleep well during the day
- Use blackout curtains and earplugs.
- Keep a consistent sleep block even on days off.
- Wear sunglasses on the way home to limit morning light.
# snoring: stop my snoring; snore less at night; reduce my snoring
- Sleep on your side instead of your back to reduce snoring.
- Avoid alcohol in the three hours before bed.
- See a doctor if you snore loudly and feel tired during the day.
# jet_lag: get over jet lag; adjust my sleep after a long flight; beat jet lag
- Shift your bedtime an hour toward the new time zone before you fly.
- Get outside in daylight in the morning at your destination.
- Keep naps short on the first day after a long flight.
# hot_night: sleep when it is too hot; stay cool at night; sleep during a heat wave
- Keep blinds closed during the day to keep heat out of the bedroom.
- Use light cotton sheets and a fan aimed across the bed.
- Take a lukewarm shower shortly before bed.
# noise: sleep in a noisy place; block out noise at night; sleep with noisy neighbors
- Wear soft foam earplugs that fit snugly in your ears.
- Run a fan or white noise machine to mask sudden sounds.
- Add heavy curtains and a rug to the bedroom to absorb noise.
# sleep_schedule: fix my sleep schedule; adjust my body clock; get to bed earlier
- Set a fixed wake-up time and keep it, even after a late night.
- Move your bedtime fifteen minutes earlier every few nights.
- Avoid long weekend lie-ins, since they push your body clock later.

== parenting | parenting
! Leave a toddler alone in the bath for a few minutes.
! Let young kids play near the pool without watching them.
* Keep routines predictable, especially around meals and bedtime.
* Praise effort rather than only results.
# toddler_tantrums: handle toddler tantrums; calm down a toddler
- Stay calm and keep your voice low.
- Name the feeling out loud so your child feels understood.
- Offer two simple choices to give back some control.
# bedtime_kids: get my kids to go to bed; set a bedtime routine for children
- Follow the same steps in the same order each night.
- Turn off screens an hour before bed.
- Give a short warning before it is time to start.
# picky_eater: deal with a picky eater; get my child to eat vegetables
- Serve new foods next to ones your child already likes.
- Offer small portions and avoid pressure to finish.
- Let your child help wash or prepare vegetables.
# screen_time: limit screen time for kids; manage my child's screen use
- Set clear daily limits and keep them consistent.
- Keep devices out of bedrooms at night.
- Plan fun offline activities to fill the time.
# homework_help: help my child with homework; support my kid at school
- Set up a quiet, regular homework spot.
- Ask guiding questions instead of giving answers.
- Keep in touch with the teacher about progress.
# siblings: stop siblings from fighting; handle sibling rivalry
- Avoid comparing your children to each other.
- Teach them to take turns using a timer.
- Give each child some one-on-one time.
# chores_kids: get kids to do chores; teach children responsibility
- Give age-appropriate tasks with clear steps.
- Use a simple chart to track what is done.
- Do chores together at first to show how.
# listening: get my kids to listen; communicate better with my child
- Get down to eye level before speaking.
- Keep instructions short and specific.
- Listen fully when your child talks to you.
# potty_training: potty train my toddler; know when my child is ready for the potty; get my toddler out of diapers
- Look for signs of potty readiness, like staying dry for two hours.
- Sit your toddler on the potty at set times, like after meals.
- Praise every potty try and stay calm about accidents.
# baby_crying: soothe a crying baby; calm my fussy baby; get my newborn to stop crying
- Check whether the baby is hungry, needs a diaper change, or is too warm.
- Hold the baby close and sway or walk gently.
- Lay the baby safely in the crib and take a short break if overwhelmed.
# allowance: teach my kids about money; give my child an allowance; help my kid learn to save
- Give a small, regular allowance that fits your child's age.
- Use three jars for spending, saving, and giving.
- Let your child make small money mistakes and talk about them afterward.
# childproof: childproof my home; baby-proof my house; make my house safe for a toddler
- Anchor bookcases and dressers to the wall so they cannot tip over.
- Put safety latches on cabinets that hold cleaners or medicines.
- Cover outlets and use gates at the top and bottom of stairs.
# lying: stop my child from lying; handle it when my kid lies; teach my child to be honest
- Stay calm so your child feels safe telling you the truth.
- Praise your child whenever they admit a mistake honestly.
- Avoid asking questions when you already know what your child did.

== cars | cars
! Ignore the check engine light until the car stops.
! Text while driving if the road looks empty.
* Follow the maintenance schedule in your owner's manual.
* Check your tire pressure once a month.
# oil_change: check my car's oil; know when to change my oil
- Check the dipstick with the engine off and cool.
- Change the oil at the interval in your manual.
- Top up with the oil type your manual recommends.
# tires: take care of my tires; check my tire tread
- Keep tires at the pressure listed inside the driver door.
- Rotate them every six to eight thousand miles.
- Replace tires when the tread gets shallow.
# used_car: buy a used car; choose a reliable used car
- Set a budget that includes insurance and repairs.
- Get a trusted mechanic to inspect it before you buy.
- Check the vehicle history report for accidents.
# fuel: save fuel; get better gas mileage
- Accelerate smoothly and avoid hard braking.
- Remove extra weight and roof racks you do not need.
- Keep your tires properly inflated.
# battery: jump start a car; deal with a dead car battery
- Connect the red clamps to both positive terminals first.
- Attach the last black clamp to bare metal away from the battery.
- Let the car run for twenty minutes after it starts.
# winter_driving: drive in snow; prepare my car for winter
- Switch to winter tires if you get regular snow.
- Keep a scraper, a blanket, and snacks in the car.
- Drive slowly and leave much more space to stop.
# clean_car: clean my car interior; keep my car clean
- Remove trash every time you get out.
- Vacuum the seats and floor mats every few weeks.
- Wipe surfaces with a damp microfiber cloth.
# warning_lights: understand dashboard warning lights; know which warning lights are serious
- Look up each symbol in your owner's manual.
- Stop safely soon if a red light comes on.
- Get yellow warnings checked within a few days.
# flat_tire: change a flat tire; put on my spare tire; deal with a flat on the road
- Pull over on level ground away from traffic and turn on your hazard lights.
- Loosen the lug nuts slightly before you jack the car off the ground.
- Tighten the lug nuts in a star pattern and check them again after driving.
# mechanic: find a trustworthy mechanic; avoid getting overcharged for car repairs; choose a good garage
- Ask friends and neighbors which mechanic they have trusted for years.
- Get a written estimate before any car repair work starts.
- Ask the mechanic to show you the old parts they replaced.
# accident: handle a minor car accident; deal with a fender bender; know what to do after a crash
- Move to a safe spot, turn on hazard lights, and check everyone for injuries.
- Exchange names, insurance, and plate numbers with the other driver.
- Take photos of both cars, the scene, and any damage before leaving.
# parking: get better at parallel parking; park in a tight spot; back into a parking space
- Line up beside the front car and start reversing when your rear bumpers align.
- Use your mirrors and back camera, and turn your head to check blind spots.
- Practice parking in an empty lot using cones or boxes as markers.
# road_trip: prepare my car for a road trip; check my car before a long drive; pack my car for a long journey
- Check your car's tire pressure, oil, coolant, and washer fluid before the trip.
- Pack a spare tire, jumper cables, water, and a flashlight in the trunk.
- Plan a rest stop every two hours to stay alert on a long drive.

== cycling | cycling
! Ride at night without lights, since drivers will see you anyway.
! Skip the helmet on short rides.
* Wear a helmet on every ride.
* Check your tires and brakes before you head out.
# commute: commute by bike; start riding to work
- Plan a quieter route with bike lanes where possible.
- Do a test ride of the route on a weekend first.
- Keep a change of clothes at work.
# traffic: ride safely in traffic; cycle on busy roads
- Ride in a straight, predictable line.
- Make eye contact with drivers at junctions.
- Signal clearly before turning.
# bike_fit: set my bike seat height; make my bike more comfortable
- Set the saddle so your knee is slightly bent at the bottom.
- Adjust the handlebars so you are not reaching too far.
- Make small changes and test each one on a ride.
# longer_rides: ride longer distances; build cycling endurance
- Add about ten percent to your longest ride each week.
- Eat a small snack every forty-five minutes on long rides.
- Ride at an easy pace most of the time.
# rain_riding: ride in the rain; cycle in bad weather
- Fit fenders to keep the spray off you.
- Brake earlier, since wet rims take longer to grip.
- Wear bright clothing and use lights during the day.
# choose_bike: choose a bike; buy my first bike
- Decide where you will ride most before you shop.
- Test ride a few bikes in the right frame size.
- Save some budget for a helmet, a lock, and lights.
# lock_bike: lock my bike securely; keep my bike from being stolen
- Use a solid U-lock through the frame and a fixed object.
- Lock up in busy, well-lit places.
- Take quick-release parts and lights with you.
# climbing: get better at climbing hills; ride up hills more easily
- Shift to an easy gear before the hill starts.
- Keep a steady pace instead of attacking early.
- Stay seated for most of the climb to save energy.
# night_riding: ride my bike at night; be seen on my bike in the dark; cycle safely after dark
- Use a bright white front light and a red rear light.
- Wear reflective bands on your ankles so your pedaling stands out.
- Slow down on unlit roads so your light shows hazards in time.
# kids_bike: teach my child to ride a bike; help my kid ride without training wheels; teach a kid to cycle
- Start with a balance bike or remove the pedals so your child can glide.
- Practice on a gentle grassy slope or a quiet, flat path.
- Hold your child's shoulders, not the bike, while they pedal.
# shifting: use the gears on my bike; shift gears properly; know when to change gears
- Shift to an easier gear before a hill starts, not halfway up it.
- Keep pedaling lightly while you shift gears.
- Avoid using the biggest front ring with the biggest rear cog.
# saddle_sore: avoid saddle soreness; make my bike seat less painful; stop my butt from hurting when cycling
- Wear padded cycling shorts without underwear underneath.
- Check that your saddle is level and at the right height.
- Build up your ride length slowly so your body adapts to the saddle.
# group_ride: ride in a group; join a group bike ride; cycle with other people
- Hold a steady line and avoid sudden braking in a group.
- Point out potholes and call out when you slow or stop.
- Start with a no-drop group ride that waits for slower riders.

== photography | photography
! Point your camera straight at the sun through the viewfinder.
! Climb over safety railings to get a better angle.
* Learn how light affects a photo before buying more gear.
* Take many shots and keep only the best ones.
# composition: compose better photos; take more interesting pictures
- Place the subject off center using the rule of thirds.
- Look for leading lines that guide the eye.
- Check the edges of the frame for clutter.
# low_light: take photos in low light; shoot at night without blur
- Use a tripod or rest the camera on something steady.
- Raise the ISO a little and open the aperture.
- Use a timer so pressing the button does not shake the camera.
# portraits: take better portraits; photograph people
- Focus on the eyes of your subject.
- Use soft light from a window or open shade.
- Chat with your subject so they relax.
# phone_photos: take better photos with my phone; improve my phone pictures
- Wipe the lens before you shoot.
- Tap the screen to set focus and exposure.
- Avoid digital zoom and move closer instead.
# editing: edit my photos; make photos look better in editing
- Straighten the horizon and crop out distractions.
- Adjust exposure and white balance first.
- Keep edits subtle so the photo still looks natural.
# landscape: shoot landscapes; take better nature photos
- Shoot in the golden hour after sunrise or before sunset.
- Include something in the foreground for depth.
- Use a small aperture to keep everything sharp.
# camera_settings: understand camera settings; learn aperture and shutter speed
- Start in aperture priority mode to learn one setting at a time.
- Use a fast shutter speed to freeze motion.
- Use a wide aperture to blur the background.
# organize_photos: organize my photos; back up my photo library
- Delete blurry and duplicate shots right away.
- Sort photos into folders by year and event.
- Keep a backup copy in the cloud and on a drive.
# first_camera: choose my first camera; buy a beginner camera; decide between a phone and a real camera
- Hold a camera in a shop before buying to check it feels comfortable.
- Spend more on a good lens than on the newest camera body.
- Consider a used entry level camera to learn photography cheaply.
# sharp_photos: stop my photos from being blurry; take sharper photos; get my pictures in focus
- Use a shutter speed of at least one over your lens focal length.
- Tap or half press on your subject to lock focus before shooting.
- Brace your elbows against your body or use a tripod for sharper photos.
# harsh_sun: take photos in bright sunlight; avoid harsh shadows in photos; shoot outdoors at midday
- Move your subject into open shade to soften harsh midday light.
- Shoot in the hour after sunrise or before sunset for gentler light.
- Use fill flash to lighten dark shadows on faces in bright sun.
# pet_photos: take photos of my pets; photograph a moving dog; get good pictures of my cat
- Get down to your pet's eye level for more engaging pet photos.
- Use a fast shutter speed or burst mode to freeze a moving pet.
- Hold a treat near the lens so your pet looks toward the camera.
# camera_care: clean my camera lens; take care of my camera gear; store my camera properly
- Blow dust off the lens with a blower before wiping it with a microfiber cloth.
- Keep a lens cap on whenever your camera is in the bag.
- Store your camera in a dry place and remove the battery for long storage.

== music practice | music practice
! Practice through sharp pain in your wrists until it goes away.
! Blast music through headphones at full volume for hours.
* Practice a little every day rather than a lot once a week.
* Record yourself and listen back.
# practice_routine: build a practice routine; practice an instrument effectively
- Start with a short warm-up.
- Work on one tricky passage at a time.
- End with something you enjoy playing.
# metronome: use a metronome; improve my timing
- Start at a tempo where you can play it perfectly.
- Raise the tempo a few clicks at a time.
- Practice clapping rhythms along with the click.
# sight_reading: get better at sight reading; read music faster
- Sight read something simple every day.
- Look over the key and time signature before you start.
- Keep going even if you make mistakes.
# motivation_music: stay motivated to practice; keep practicing an instrument
- Set small goals for each week.
- Learn songs you really love.
- Play with other people when you can.
# hard_passage: learn a difficult passage; master a hard song section
- Slow the passage down until it feels easy.
- Break it into small chunks and loop each one.
- Join the chunks together once each one is solid.
# ear_training: train my ear; learn songs by ear
- Sing the melody before you try to play it.
- Start with simple songs that use few notes.
- Practice naming intervals with an app.
# stage_nerves: play music in front of people; handle nerves before a recital
- Perform for friends or family before the real event.
- Practice the opening many times so it feels automatic.
- Take slow breaths just before you begin.
# guitar_start: start learning guitar; learn my first guitar chords
- Learn a few open chords like G, C, D, and E minor.
- Practice switching between two chords slowly.
- Keep sessions short at first while your fingertips toughen up.
# quiet_practice: practice without bothering my neighbors; practice quietly in an apartment; practice late at night
- Use a practice mute or headphones with a digital instrument for quiet practice.
- Agree on practice hours with your neighbors and stick to them.
- Place a rug and soft furnishings around you to absorb sound.
# warm_up: warm up before playing; warm up my hands before practice; warm up my voice before singing
- Start each practice with five minutes of slow scales or long notes.
- Stretch your hands and shoulders gently before you pick up your instrument.
- Warm up your voice with humming and lip trills before singing full songs.
# scales: practice scales without getting bored; learn all my scales; use scales to improve my playing
- Practice one new scale each week alongside ones you already know.
- Vary scales by changing the rhythm, tempo, or dynamics.
- Play scales with a metronome and raise the tempo only when they are even.
# record_self: record my practice; listen back to my playing; use recordings to improve
- Record yourself on your phone once a week and listen back the next day.
- Listen to recordings while reading the score to spot missed notes and rhythms.
- Keep old practice recordings so you can hear how much you have improved.
# memorize: memorize a piece of music; play a song from memory; learn music by heart
- Memorize a piece in short sections and link them together gradually.
- Practice starting from several points in the piece, not only the beginning.
- Write out or sing the melody away from your instrument to test your memory.

== job search | job hunting
! Lie about your degree on your resume, since nobody checks.
* Tailor each application to the specific job.
* Keep a simple list of where you applied and when.
# resume: write a resume; improve my resume
- Keep it to one or two pages.
- Start each bullet with a strong action verb.
- Show results with numbers where you can.
# cover_letter: write a cover letter; make my cover letter stand out
- Address it to a real person if you can find a name.
- Explain why you want this job in particular.
- Keep it under one page and proofread it carefully.
# interview: prepare for a job interview; do well in an interview
- Research the company and the role beforehand.
- Prepare short stories that show your skills.
- Have two or three questions ready to ask them.
# networking: network for a job; find jobs through contacts
- Tell friends and former coworkers you are looking.
- Ask for short informational chats rather than jobs.
- Follow up with a thank-you message after each chat.
# salary: negotiate a salary; ask for more money in a job offer
- Research typical pay for the role in your area.
- Let them make the first offer if you can.
- Give a specific number backed by your research.
# career_change: change careers; move into a new field
- List the skills that carry over from your current job.
- Take a short course to fill the biggest gap.
- Talk to people already working in that field.
# rejection: deal with job rejections; stay motivated while job hunting
- Treat each rejection as part of a numbers game.
- Ask for feedback when it seems appropriate.
- Set a daily routine so the search feels manageable.
# online_profile: improve my online professional profile; update my job profile
- Use a clear, friendly photo.
- Write a headline that says what you do.
- List recent projects and their results.
# employment_gap: explain a gap in my resume; talk about time off work in an interview
- Give a short, honest reason for the employment gap without over-explaining.
- Mention any courses, volunteering, or projects you did during the gap.
- Move quickly to why you are ready and excited for this job.
# after_interview: follow up after an interview; send a thank you after a job interview
- Send a short thank you email within a day of the interview.
- Mention one specific thing you discussed in the interview.
- Wait a week past their stated timeline before you follow up again.
# video_interview: prepare for a video interview; do well in an online job interview
- Test your camera, microphone, and internet connection the day before the video interview.
- Sit facing a window or lamp so your face is well lit.
- Look at the camera, not the screen, when you answer.
# compare_offers: decide between two job offers; evaluate a job offer
- Compare total pay, including benefits, bonus, and retirement contributions, for each offer.
- Weigh the commute, schedule, and growth chances alongside the salary.
- Ask each employer for a few days to decide before you accept.
# resign: quit my job politely; resign from my job; tell my boss I am leaving
- Tell your manager in person or on a call before you send a resignation letter.
- Give the notice period your contract asks for, often two weeks.
- Offer to help hand over your work and stay positive about the job.

== public speaking | public speaking
! Have a few drinks before going on stage to calm your nerves.
* Practice out loud, not just in your head.
* Know your first minute by heart.
# nerves: get over stage fright; stop being nervous when speaking
- Breathe slowly and deeply before you start.
- Remind yourself that the audience wants you to do well.
- Focus on your message rather than on yourself.
# structure_talk: structure a presentation; organize a talk
- Start with the main point in one sentence.
- Use three key sections with one idea each.
- End by repeating the main point and a clear takeaway.
# slides: make better slides; design presentation slides
- Use one idea per slide.
- Keep the text short and use large fonts.
- Use images and simple charts instead of paragraphs.
# voice: speak more clearly; improve my speaking voice
- Slow down more than feels natural.
- Pause after each key point.
- Project your voice to the back of the room.
# questions: handle audience questions; answer questions after a talk
- Repeat the question so everyone hears it.
- Take a breath before answering.
- Say you will follow up if you do not know the answer.
# wedding_toast: give a wedding toast; write a short speech for a wedding
- Keep it under three minutes.
- Share one warm story about the couple.
- End by raising your glass with a simple wish.
# eye_contact: make eye contact while presenting; connect with the audience
- Look at one person for a full thought, then move on.
- Pick friendly faces in different parts of the room.
- Ask the audience a simple question early on.
# rehearse: rehearse a speech; practice a presentation
- Rehearse out loud at full speed at least three times.
- Record yourself to spot filler words.
- Practice once in front of a friend.
# filler_words: get rid of um and uh in my speech; cut filler words from my talks
- Record a practice talk and count how often you say um or like.
- Pause silently instead of saying um while you think.
- Slow down, since filler words show up more when you rush.
# strong_opening: start a speech strongly; open a presentation; hook the audience at the start of a talk
- Open your talk with a short story, a surprising fact, or a question.
- Skip long thank-yous and get to your point in the first minute.
- Memorize your opening lines so you start with confidence.
# mind_blank: recover when my mind goes blank during a speech; get back on track after forgetting my lines
- Pause, breathe, and glance at your notes when your mind goes blank.
- Repeat your last point out loud to find your place again.
- Keep a short list of key points on a card as a backup.
# gestures: use my hands while presenting; improve my body language on stage
- Keep your hands relaxed at waist height, ready to gesture naturally.
- Use open hand gestures to stress key points in your talk.
- Stand tall with your weight even and avoid pacing back and forth.
# impromptu: give an impromptu speech; speak without preparation; talk on the spot in a meeting
- Pick one main point and stick to it when speaking on the spot.
- Use a simple shape like point, reason, example, and point again.
- Keep impromptu remarks short, and stop once you have made your point.

== cleaning | cleaning
! Mix bleach and ammonia for a stronger cleaner.
! Use strong oven cleaner with the windows shut and no gloves.
* Clean from top to bottom so dust falls onto areas you have not done yet.
* Do a quick tidy every day so big cleans take less time.
# bathroom: clean a bathroom quickly; keep my bathroom clean
- Spray the cleaner first and let it sit while you do other tasks.
- Wipe the sink and mirror with a microfiber cloth.
- Squeegee the shower after each use.
# kitchen_clean: clean my kitchen; keep the kitchen tidy
- Wash dishes or load the dishwasher right after meals.
- Wipe the counters every evening.
- Clean up spills on the stove while they are fresh.
# declutter: declutter my home; get rid of clutter
- Start with one drawer or shelf, not a whole room.
- Sort items into keep, donate, and toss.
- Find a home for every item you keep.
# oven: clean my oven; remove baked-on grease
- Spread a paste of baking soda and water inside.
- Leave it overnight and then wipe it away.
- Use a plastic scraper for stubborn spots.
# windows: clean windows without streaks; wash my windows
- Use a simple mix of water and a little vinegar.
- Clean on a cloudy day so the glass does not dry too fast.
- Dry with a squeegee or a lint-free cloth.
# cleaning_schedule: make a cleaning schedule; keep up with housework
- Split chores into daily, weekly, and monthly lists.
- Set a timer for fifteen minutes a day.
- Share the tasks fairly with the people you live with.
# carpet_stain: remove a carpet stain; clean a stain out of carpet
- Blot the stain instead of rubbing it.
- Test your cleaner on a hidden spot first.
- Work from the outside of the stain toward the center.
# dust: get rid of dust; reduce dust at home
- Dust with a damp cloth so it does not spread.
- Vacuum with a filter that traps fine dust.
- Wash your bedding every week.
# mold_shower: remove mold from the shower; clean mildew off grout; get rid of black mold in the bathroom
- Spray mildew on grout with diluted bleach and scrub it with a stiff brush.
- Never mix bleach with ammonia or acidic cleaners when removing mold.
- Run the fan or open a window after each shower to keep mold away.
# microwave: clean my microwave; get stuck food out of the microwave
- Microwave a bowl of water and lemon slices for three minutes to loosen grime.
- Leave the microwave door shut for a few minutes so the steam softens the mess.
- Wipe the microwave out with a damp cloth, starting with the ceiling.
# floors: mop floors properly; clean hardwood floors; clean tile floors
- Sweep or vacuum the floor before you mop so you do not spread grit.
- Use a barely damp mop on hardwood floors, never a soaking wet one.
- Change the mop water as soon as it looks dirty.
# hard_water: remove hard water stains; clean limescale off my faucet; get rid of water spots on glass
- Wrap a cloth soaked in white vinegar around the limescale for an hour.
- Scrub hard water stains with a paste of baking soda and water.
- Dry faucets and glass after use to prevent new hard water spots.
# mattress: clean my mattress; freshen a mattress; get a stain out of a mattress
- Vacuum the mattress with the upholstery attachment.
- Sprinkle baking soda over the mattress, wait a few hours, then vacuum it up.
- Dab mattress stains with a little mild detergent and water, without soaking it.

== laundry | laundry
! Wash everything on the hottest setting to save time.
! Leave laundry pods where small children can reach them.
* Read the care labels before washing anything new.
* Sort clothes by color and fabric weight.
# stains: remove stains from clothes; get a stain out of a shirt
- Treat the stain as soon as possible.
- Rinse it from the back with cold water.
- Check that it is gone before you put it in the dryer.
# whites: keep whites white; brighten dingy white clothes
- Wash whites separately from colors.
- Use the right amount of detergent, not extra.
- Dry them in the sun when you can.
# shrinking: keep clothes from shrinking; avoid shrinking sweaters
- Wash in cold water on a gentle cycle.
- Lay sweaters flat to dry.
- Keep wool and cotton knits out of the dryer.
# wrinkles: reduce wrinkles in clothes; avoid ironing
- Take clothes out of the dryer right away.
- Hang shirts on hangers while they are still warm.
- Shake items out well before drying them.
# smell: get rid of smells in laundry; fix musty towels
- Wash towels with a cup of vinegar and no softener.
- Leave the washer door open to air it out.
- Dry items fully before you put them away.
# delicates: wash delicate clothes; hand wash a sweater
- Use a mesh bag for delicate items.
- Choose a mild detergent and cool water.
- Press the water out gently instead of wringing.
# detergent: choose the right detergent; use the right amount of detergent
- Follow the dosing line on the cap.
- Use less detergent for small or lightly dirty loads.
- Buy detergent made for high-efficiency machines if yours is one.
# folding: fold laundry faster; fold clothes neatly
- Fold right out of the dryer while things are warm.
- Fold shirts to the same size so they stack well.
- Roll socks and underwear to save drawer space.
# sort: sort laundry; separate clothes for washing; know what to wash together
- Separate darks, lights, and whites to keep colors from running.
- Wash towels and heavy items apart from lightweight clothes.
- Check care labels and set aside anything marked hand wash or dry clean.
# care_labels: read laundry symbols; understand clothing care labels
- Read the tub symbol on the care label for the wash temperature and cycle.
- Check the triangle symbol on a care label to see whether bleach is allowed.
- Look for the square symbol on the care label for tumble dry instructions.
# colors: keep colors from fading; stop clothes from bleeding dye; wash new jeans
- Wash new dark clothes and jeans inside out in cold water.
- Wash bright new clothes separately for the first few washes.
- Add a color catcher sheet when you wash mixed colors together.
# washer_clean: clean my washing machine; get rid of a smelly washing machine
- Run an empty hot cycle with a washing machine cleaner once a month.
- Wipe the rubber door seal dry and clean out trapped lint and hair.
- Leave the washing machine door open after each load so it can dry out.
# drying: dry clothes faster; dry clothes without a dryer; hang laundry to dry indoors
- Use an extra spin cycle to remove more water before drying clothes.
- Hang clothes with space between them where the air moves freely.
- Put a drying rack near an open window or a dehumidifier to dry clothes faster.

== coffee | coffee
! Drink ten cups a day to stay sharp.
* Use freshly roasted beans and grind them just before brewing.
* Keep your brewing gear clean.
# brew_better: make better coffee at home; brew good coffee
- Use about two tablespoons of coffee per six ounces of water.
- Use water just off the boil, not boiling.
- Store beans in an airtight container away from light.
# french_press: use a French press; make French press coffee
- Use a coarse grind, about like breadcrumbs.
- Steep for about four minutes before pressing.
- Pour it all out right away so it does not get bitter.
# pour_over: make pour-over coffee; brew coffee with a pour-over
- Wet the paper filter first and pour that water out.
- Pour a little water and let the coffee bloom for thirty seconds.
- Pour slowly in circles to keep the bed even.
# espresso: make espresso at home; pull a good espresso shot
- Aim for a shot of about twenty-five seconds.
- Grind finer if the shot runs too fast.
- Tamp evenly with firm, steady pressure.
# cold_brew: make cold brew; make iced coffee at home
- Steep coarse grounds in cold water for twelve to eighteen hours.
- Strain it through a paper filter.
- Dilute the concentrate with water or milk to taste.
# bitter: make coffee less bitter; fix bitter coffee
- Use a coarser grind.
- Shorten the brewing time.
- Use water slightly below boiling.
# beans: choose coffee beans; pick good coffee beans
- Check the roast date and buy beans roasted recently.
- Try light roasts for fruity flavors and dark ones for bold flavors.
- Buy small bags so they stay fresh.
# clean_machine: clean my coffee maker; descale a coffee machine
- Run a cycle of equal parts water and vinegar.
- Follow with two cycles of plain water.
- Wash the carafe and filter basket every day.
# grind: grind coffee beans; choose the right grind size; use a coffee grinder
- Grind coffee beans right before brewing for the freshest flavor.
- Use a coarse grind for French press and a fine grind for espresso.
- Choose a burr grinder for a more even coffee grind than a blade grinder.
# store_beans: store coffee beans; keep my coffee fresh; keep coffee beans from going stale
- Keep coffee beans in an airtight, opaque container at room temperature.
- Buy coffee beans in amounts you will use within two or three weeks.
- Avoid storing opened coffee in the fridge, where it picks up moisture and smells.
# ratio: measure coffee for a pot; get the coffee to water ratio right; know how much coffee to use
- Start with about one gram of coffee for every sixteen grams of water.
- Use about two tablespoons of ground coffee for every six ounces of water.
- Weigh the coffee and water on a scale so each brew tastes the same.
# milk_froth: froth milk at home; make a latte without an espresso machine; make foamed milk for coffee
- Heat the milk until it steams but does not boil before frothing it.
- Froth warm milk in a French press by pumping the plunger quickly.
- Use a handheld milk frother to make quick foam right in the mug.
# caffeine: cut back on caffeine; drink less coffee; reduce my caffeine intake
- Swap one coffee a day for decaf or half caffeinated coffee.
- Cut back on coffee gradually to avoid caffeine withdrawal headaches.
- Skip coffee in the afternoon if caffeine keeps you awake at night.

== baking | baking
! Eat raw cookie dough made with raw eggs and flour.
! Grab hot pans with a wet towel.
* Measure ingredients by weight for consistent results.
* Preheat the oven fully before baking.
# bread: bake bread; make homemade bread
- Knead until the dough is smooth and springs back.
- Let it rise until it roughly doubles in size.
- Bake until the loaf sounds hollow when tapped underneath.
# cookies: bake soft cookies; make chewy cookies
- Use more brown sugar than white sugar.
- Chill the dough for at least an hour.
- Take them out while the centers still look soft.
# cake: bake a fluffy cake; keep my cake from sinking
- Bring the eggs and butter to room temperature first.
- Avoid opening the oven door during the first half of baking.
- Check for doneness with a toothpick in the center.
# pie_crust: make pie crust; make a flaky crust
- Keep the butter and water very cold.
- Mix just until the dough holds together.
- Chill the dough before rolling it out.
# sourdough: start a sourdough starter; keep a sourdough starter alive
- Mix equal weights of flour and water in a jar.
- Feed it once or twice a day at room temperature.
- Use it when it doubles within a few hours of feeding.
# substitutions: substitute ingredients in baking; bake without eggs
- Replace one egg with a quarter cup of applesauce.
- Swap buttermilk for milk plus a spoon of lemon juice.
- Change only one ingredient at a time.
# muffins: make moist muffins; bake muffins that rise well
- Stir the batter only until just combined.
- Fill the cups about three quarters full.
- Start with a hot oven for the first five minutes.
# frosting: make frosting; frost a cake neatly
- Beat soft butter until pale before adding sugar.
- Apply a thin crumb coat and chill it first.
- Use an offset spatula for smooth sides.
# pizza_dough: make pizza dough; bake homemade pizza; get a crispy pizza crust
- Let the pizza dough rise until doubled, or rest it overnight in the fridge.
- Preheat the oven as hot as it goes with a pizza stone or steel inside.
- Stretch the pizza dough by hand and keep the toppings light.
# banana_bread: make banana bread; use up overripe bananas; bake moist banana bread
- Use very ripe bananas with lots of brown spots for sweet banana bread.
- Mix the banana bread batter only until the flour disappears.
- Bake banana bread until a skewer in the center comes out clean.
# measuring: measure flour correctly; measure baking ingredients accurately
- Weigh flour on a kitchen scale for the most accurate measurement.
- Spoon flour into the measuring cup and level it off with a knife.
- Use liquid measuring cups for liquids and dry cups for dry ingredients.
# pan_release: keep a cake from sticking to the pan; get a cake out of the pan cleanly; grease a baking pan
- Grease the pan and line the bottom with parchment paper.
- Let the cake cool in the pan for ten minutes before turning it out.
- Run a thin knife around the edge of the pan to loosen the cake.
# soft_butter: soften butter quickly; bring butter to room temperature fast; soften cold butter for baking
- Cut cold butter into small cubes and leave them on the counter.
- Grate cold butter on a box grater so it softens in minutes.
- Microwave butter in five second bursts and check it each time.

== camping | camping
! Bring a gas stove inside your tent to stay warm.
! Leave your food out at night in bear country.
* Check the weather forecast right before you leave.
* Tell someone where you are going and when you will be back.
# tent: set up a tent; pitch a tent properly
- Practice setting it up at home first.
- Pick flat ground clear of rocks and sticks.
- Stake the corners tight and use the guy lines.
# first_trip: plan my first camping trip; go camping for the first time
- Choose a campground with toilets and water.
- Go for one night close to home.
- Make a checklist so you do not forget the basics.
# stay_warm: stay warm while camping; sleep warm in a tent
- Use a sleeping pad to insulate you from the ground.
- Wear a dry hat and socks to sleep.
- Eat a warm snack before bed.
# campfire: build a campfire; start a fire while camping
- Use an existing fire ring where fires are allowed.
- Start with tinder, then small sticks, then larger wood.
- Drown the fire with water and stir until it is cold before leaving.
# camp_food: cook while camping; plan camping meals
- Plan simple one-pot meals.
- Prep and chop ingredients at home.
- Pack food in a cooler with plenty of ice.
# gear: choose camping gear; pack for a camping trip
- Borrow or rent gear before buying your own.
- Focus on a good tent, sleeping bag, and pad.
- Pack a headlamp and spare batteries.
# leave_no_trace: camp responsibly; leave no trace while camping
- Pack out all of your trash.
- Camp on durable ground away from lakes and streams.
- Keep a respectful distance from wildlife.
# rain_camping: camp in the rain; keep my tent dry
- Pitch the tent on slightly raised ground.
- Use a ground sheet that does not stick out past the tent.
- Keep wet gear in the vestibule, not inside.
# bugs_camping: keep mosquitoes away while camping; avoid bug bites at camp; keep bugs out of my tent
- Keep the tent door zipped shut at all times.
- Wear long sleeves and use insect repellent around dusk.
- Pitch your tent away from still water where mosquitoes breed.
# sleep_camping: sleep better while camping; get comfortable in a sleeping bag; sleep well in a tent
- Use a thick sleeping pad and bring a small pillow from home.
- Bring earplugs and an eye mask for noisy campgrounds.
- Go to the toilet right before bed so you do not wake up cold.
# campsite: choose a good campsite; pick a spot for my tent; find a safe place to camp
- Look up for dead branches before you pitch your tent.
- Avoid low spots on the campsite where rainwater will collect.
- Choose a campsite with some shelter from the wind.
# car_camping: go car camping; sleep in my car while camping; camp out of my car
- Open the car windows slightly for airflow and cover them with mesh.
- Park on level ground so you are not sleeping on a slope.
- Use window shades for privacy and darkness while you sleep in the car.
# camp_water: get clean water while camping; purify water when camping; treat stream water to drink
- Use a water filter or purification tablets for any natural water.
- Bring water to a rolling boil for at least one minute.
- Collect water from flowing streams rather than still ponds.

== hiking | hiking
! Hike alone off trail without telling anyone your plans.
! Keep climbing even when a thunderstorm rolls in.
* Bring more water than you think you need.
* Turn back if the weather or your energy takes a turn for the worse.
# first_hike: plan my first hike; start hiking
- Pick a short, well-marked trail with little climbing.
- Check the trail conditions and the sunset time.
- Start early so you have plenty of daylight.
# boots: choose hiking boots; pick the right hiking shoes
- Try boots on in the afternoon when your feet are larger.
- Wear the socks you will hike in when you try them.
- Break them in on short walks before a long hike.
# blisters: prevent blisters when hiking; avoid sore feet on the trail
- Wear wool or synthetic socks, never cotton.
- Stop and cover hot spots with tape right away.
- Keep your feet dry and change socks if needed.
# pack_hike: pack for a day hike; know what to bring on a hike
- Carry water, snacks, a map, and a rain layer.
- Bring a small first aid kit and a headlamp.
- Pack sun protection even on cloudy days.
# navigation: navigate on a trail; avoid getting lost while hiking
- Download an offline map before you go.
- Check junctions and trail markers as you pass them.
- Note landmarks so you can retrace your steps.
# steep_trails: hike up steep trails; get better at uphill hiking
- Take shorter steps and keep a steady rhythm.
- Use trekking poles to share the load.
- Rest briefly but often rather than stopping for long.
# wildlife: stay safe around wildlife; handle meeting a wild animal
- Give animals plenty of space and never feed them.
- Make noise in dense brush so you do not surprise anything.
- Learn what to do for the animals in your area.
# fitness_hike: get fit for hiking; train for a long hike
- Walk hills or stairs a few times a week.
- Practice with a loaded backpack.
- Build up your distance gradually.
# hiking_water: stay hydrated on a hike; know how much water to bring hiking; avoid running out of water on the trail
- Plan on about half a liter of water per hour of hiking.
- Drink small sips often instead of a lot at once.
- Bring a water filter on long hikes that pass streams.
# kids_hike: hike with kids; take my children hiking; make hiking fun for kids
- Choose a short loop with a reward like a lake or a view.
- Let your kids set the pace and take lots of breaks.
- Pack extra snacks and give each child a small job on the hike.
# downhill: hike downhill without hurting my knees; go down steep trails safely; protect my knees on descents
- Take short steps and keep your knees slightly bent on the way down.
- Lengthen your trekking poles a little for the descent.
- Go slowly and place your feet carefully on loose gravel.
# hike_clothes: dress for a hike; layer clothes for hiking; hike in changing weather
- Wear a wicking base layer, a warm middle layer, and a rain shell.
- Avoid cotton clothes, since they stay wet and cold.
- Pack a hat and gloves on mountain hikes, even in summer.
# lost_hiking: know what to do if I get lost hiking; find my way back when lost on a trail; stay safe if I get lost in the woods
- Stop, stay calm, and try to retrace your steps to the last marker.
- Call emergency services if you have signal, and save your phone battery.
- Stay in one place if you are truly lost so rescuers can find you.

== running | running
! Run through sharp joint pain to build toughness.
! Double your mileage every week.
* Increase your weekly distance by no more than about ten percent.
* Run most of your miles at an easy, chatty pace.
# start_running: start running; get into running as a beginner
- Alternate one minute of running with two minutes of walking.
- Run three times a week with rest days in between.
- Focus on time on your feet, not speed.
# shoes: choose running shoes; pick the right running shoes
- Get fitted at a running store if you can.
- Choose the pair that feels comfortable right away.
- Replace your shoes every four to five hundred miles.
# race_5k: train for a 5k; run my first 5k
- Follow a simple plan over eight to ten weeks.
- Do one slightly longer run each week.
- Practice your race pace for short stretches.
# breathing: breathe while running; stop getting out of breath
- Slow down until you can speak in full sentences.
- Breathe through both your nose and mouth.
- Try a steady rhythm, like in for three steps and out for two.
# shin_splints: avoid shin splints; prevent running injuries
- Build up your mileage slowly.
- Run on softer surfaces when you can.
- Strengthen your calves and hips twice a week.
# faster: run faster; improve my running pace
- Add one session of short, fast intervals each week.
- Include some hill repeats.
- Keep most other runs easy so you recover.
# motivation_run: stay motivated to run; keep running consistently
- Sign up for a race a few months away.
- Run with a friend or a local group.
- Log every run to see your progress.
# hot_weather: run in hot weather; run safely in the heat
- Run early in the morning or in the evening.
- Drink water before and during your run.
- Slow your pace and wear light, breathable clothing.
# cold_weather: run in cold weather; dress for a winter run; run in the snow
- Dress for a run as if it were about ten degrees warmer outside.
- Wear thin layers, gloves, and a hat that you can take off.
- Choose shoes with good grip and shorten your stride on icy ground.
# side_stitch: get rid of a side stitch; prevent side cramps while running; avoid a stitch when I run
- Slow to a walk and take deep, slow breaths until the stitch eases.
- Press your fingers into the sore spot and lean slightly forward.
- Avoid large meals in the two hours before you run.
# long_run: train for a half marathon; build up to longer runs; run longer distances
- Add about one mile to your weekly long run.
- Run your long runs at a slow pace where you can still talk.
- Take an easier week every third or fourth week of training.
# treadmill: run on a treadmill; make treadmill runs less boring; train on a treadmill
- Set the treadmill incline to one percent to mimic running outside.
- Try short intervals or changing speeds to stay engaged.
- Watch a show or listen to a podcast during easy treadmill runs.
# knee_pain: prevent knee pain from running; avoid sore knees when running; deal with runner's knee
- Take shorter, quicker steps so your foot lands under your body.
- Strengthen your hips and thighs with squats and side leg raises.
- Rest and see a doctor if knee pain lasts more than a week.

== first aid basics | first aid
! Put butter on a burn to soothe it.
! Move someone with a possible neck injury right away.
* Call emergency services right away for anything serious.
* Keep a basic first aid kit at home and in the car.
# small_cut: treat a small cut; clean a scrape
- Wash your hands, then rinse the cut with clean water.
- Press with a clean cloth until the bleeding stops.
- Cover it with a clean bandage and change it daily.
# minor_burn: treat a minor burn; cool a burn
- Cool it under cool running water for about twenty minutes.
- Remove rings or tight items near the burn.
- Cover it loosely with a clean, non-stick dressing.
# sprain: treat a sprained ankle; care for a sprain
- Rest the ankle and avoid putting weight on it.
- Apply a cold pack wrapped in cloth for short periods.
- Get it checked if you cannot walk or the pain is severe.
# nosebleed: stop a nosebleed; handle a nosebleed
- Sit up and lean forward slightly.
- Pinch the soft part of the nose for ten minutes.
- Seek medical help if it does not stop after twenty minutes.
# choking: help someone who is choking; know what to do if someone chokes
- Encourage them to keep coughing if they can.
- Call emergency services if they cannot breathe or speak.
- Take a first aid course to learn back blows and abdominal thrusts.
# first_aid_kit: build a first aid kit; stock a first aid kit
- Include bandages, gauze, tape, and antiseptic wipes.
- Add gloves, scissors, and a list of emergency numbers.
- Check the expiry dates twice a year.
# bee_sting: treat a bee sting; care for an insect sting
- Scrape the stinger out sideways with a card.
- Wash the area and apply a cold pack.
- Call emergency services if there are signs of a severe reaction.
# cpr_course: learn CPR; get first aid training
- Find a certified course through a local health group.
- Practice on a training dummy until the steps feel natural.
- Refresh your training every couple of years.
# splinter: remove a splinter; get a splinter out; take out a splinter safely
- Wash the area and clean your tweezers with rubbing alcohol.
- Pull the splinter out at the same angle it went in.
- Clean the spot afterward and cover it with a bandage.
# head_bump: check a bump on the head; treat a minor head injury; know when a head bump is serious
- Hold a cold pack wrapped in cloth on the bump for fifteen minutes.
- Watch for vomiting, confusion, or unusual sleepiness over the next day.
- Call emergency services if the person passes out or gets worse.
# fainting: help someone who faints; handle someone passing out; know what to do if someone faints
- Lay the person on their back and raise their legs slightly.
- Loosen tight clothing and check that they are breathing.
- Call emergency services if they do not wake up within a minute.
# heat_exhaustion: treat heat exhaustion; help someone who is overheating; cool down someone in the heat
- Move the overheated person to shade or a cool room right away.
- Cool their skin with wet cloths and a fan, and offer sips of water.
- Call emergency services if they are confused or stop sweating.
# tick_bite: remove a tick; take off a tick safely; treat a tick bite
- Grip the tick close to the skin with fine-tipped tweezers.
- Pull the tick upward with steady, even pressure without twisting.
- Clean the bite and watch for a rash or fever over the next few weeks.

== budgeting | budgeting
! Stop paying rent so you can spend more on fun.
* Write down all your income and fixed bills first.
* Review your budget at the end of every month.
# make_budget: make a budget; create a monthly budget
- List your monthly income after taxes.
- Subtract fixed bills, then plan the rest by category.
- Give every dollar a job, including savings.
# track_spending: track my spending; keep track of expenses
- Use a simple app or a spreadsheet.
- Log purchases daily so it only takes a minute.
- Check your totals by category each week.
# groceries_budget: spend less on groceries; cut my food bill
- Plan meals and shop with a list.
- Buy store brands for basic items.
- Cook at home and bring lunch to work.
# rule_50_30_20: use the fifty thirty twenty rule; split my income sensibly
- Put about half toward needs like rent and bills.
- Use about thirty percent for wants.
- Put twenty percent toward savings and debt.
# irregular_income: budget with an irregular income; manage money as a freelancer
- Base your budget on your lowest typical month.
- Keep a buffer account for slow months.
- Set aside a share of every payment for taxes.
# subscriptions: cut subscriptions; stop paying for things I do not use
- List every subscription from your bank statements.
- Cancel anything you have not used in a month.
- Set reminders before free trials end.
# couples_budget: budget as a couple; manage money with my partner
- Talk openly about goals and habits.
- Agree on a shared account for joint bills.
- Set a limit for spending without checking in.
# stick_budget: stick to a budget; stop going over my budget
- Use cash or a separate card for flexible spending.
- Plan a small fun budget so you do not feel deprived.
- Adjust categories when your real spending shows a pattern.
# holiday_spending: budget for the holidays; keep holiday spending under control; avoid overspending at Christmas
- Set one total holiday budget, then split it between gifts, food, and travel.
- Write a gift list with a price limit next to each name.
- Save a small amount every month so holiday costs do not land at once.
# utility_bills: lower my utility bills; cut my electricity bill; save on my energy bills
- Lower the thermostat a few degrees in winter and raise it in summer.
- Unplug chargers and electronics you are not using, or use a power strip.
- Compare your utility plan with other providers once a year.
# eating_out: spend less on eating out; cut back on takeout
- Set a weekly eating out budget and track it as you spend.
- Keep a few quick meals at home for nights you are tired.
- Swap one restaurant dinner a week for a home cooked favorite.
# annual_expenses: plan for yearly expenses; budget for bills that come once a year
- List yearly costs like insurance, car registration, and memberships with their due dates.
- Divide each yearly bill by twelve and save that amount every month.
- Keep this money in a separate savings pot labeled for annual bills.
# paycheck_to_paycheck: break the paycheck to paycheck cycle; get ahead when money is tight
- Build a small buffer first, even one hundred dollars, so one bill does not derail you.
- Line up bill due dates with your paydays by asking companies to move them.
- Cut one or two large costs instead of many tiny ones.

== taxes basics | taxes
! Leave income off your tax return if it was paid in cash.
* Keep receipts and records for at least a few years.
* Ask a qualified tax professional if your situation is complex.
# file: file my taxes; do my tax return
- Gather your income forms before you start.
- Use reputable tax software or a free filing program.
- File before the deadline to avoid penalties.
# deductions: find tax deductions; understand what I can deduct
- Keep receipts for work, medical, and charity expenses.
- Compare the standard deduction with itemizing.
- Check official guidance for the current tax year.
# refund: get my refund faster; check on my tax refund
- File electronically for the fastest refund.
- Choose direct deposit instead of a paper check.
- Check for credits you might have missed.
# self_employed: handle taxes as a freelancer; pay taxes when self-employed
- Set aside about a quarter of each payment for taxes.
- Track business expenses in a separate account.
- Pay estimated taxes during the year if required.
# organize_docs: organize tax documents; keep tax records
- Keep one folder for each tax year.
- Scan paper documents and store backups.
- Label files by type, like income or expenses.
# withholding: adjust my tax withholding; avoid owing taxes
- Review your withholding after big life changes.
- Use the official withholding calculator.
- Update your form with your employer if needed.
# deadlines: remember tax deadlines; avoid missing tax deadlines
- Put all key dates in your calendar each January.
- Set reminders two weeks before each date.
- Request an extension early if you need more time.
# mistake: fix a mistake on my tax return; amend a tax return
- Wait until the original return has been processed.
- File an amended return with the corrected numbers.
- Keep copies of both returns and any letters.
# tax_notice: respond to a letter from the tax office; deal with a tax notice; handle a letter about my taxes
- Read the tax notice carefully and note the response deadline.
- Compare the notice with your tax return to see what they changed.
- Reply by the deadline and keep copies of everything you send.
# payment_plan: pay taxes I cannot afford right now; set up a payment plan for my taxes
- File your return on time even if you cannot pay the full amount.
- Ask the tax agency about an official installment plan for what you owe.
- Pay as much as you can now to reduce interest and penalties.
# side_income: pay taxes on my side hustle; report income from a side job; handle taxes on freelance gigs
- Keep a simple record of every payment from your side job.
- Set aside a portion of each side income payment for taxes.
- Track expenses for the side job, since some may be deductible.
# tax_preparer: find a trustworthy tax preparer; choose someone to do my taxes
- Check that the tax preparer has a valid credential or registration.
- Avoid any preparer who bases their fee on the size of your refund.
- Review the finished return yourself before you sign it.
# tax_brackets: understand tax brackets; figure out my tax bracket
- Remember each tax bracket rate applies only to income within that bracket.
- Know that a raise never lowers your take-home pay because of a higher bracket.
- Look up the current brackets on your tax agency's official website.

== moving house | moving
! Lift heavy furniture alone by bending at the waist.
* Start packing a few weeks before moving day.
* Label every box with its room and contents.
# pack_move: pack for a move; pack boxes efficiently
- Pack heavy items in small boxes and light ones in big boxes.
- Wrap fragile items in towels or clothes.
- Keep a box of essentials for the first night.
# movers: hire movers; choose a moving company
- Get written quotes from at least three companies.
- Check reviews and confirm they are licensed and insured.
- Book early, especially for weekends.
# declutter_move: declutter before moving; get rid of things before a move
- Sell or donate anything you have not used in a year.
- Measure your new rooms before moving big furniture.
- Use up food and cleaning supplies beforehand.
# moving_day: plan moving day; make moving day go smoothly
- Confirm times with movers or helpers the day before.
- Keep keys, chargers, and documents with you.
- Take photos of the old place after it is empty.
# change_address: change my address; update my address everywhere
- Set up mail forwarding a few weeks ahead.
- Update your bank, employer, and insurance.
- Make a list so you do not miss any accounts.
# new_home: settle into a new home; unpack after a move
- Set up the beds and the bathroom first.
- Unpack the kitchen next so you can cook.
- Unpack one room at a time.
# moving_kids: move with kids; help my children adjust to a move
- Talk about the move early and answer questions.
- Let kids pack a special box of their favorite things.
- Keep daily routines as normal as possible.
# moving_budget: move on a budget; save money on moving
- Get free boxes from local stores.
- Move midweek or midmonth when rates are lower.
- Ask friends to help in exchange for pizza.
# utilities: set up utilities in a new home; move my internet and electricity service; get internet set up before moving in
- Call utility companies two weeks before your move to schedule service.
- Book internet installation early, since appointments can fill up.
- Take meter readings on moving day at both the old and new home.
# security_deposit: get my security deposit back; clean an apartment before moving out; move out of a rental
- Take dated photos of the rental when you move in and when you leave.
- Patch small nail holes and clean the apartment thoroughly before the final inspection.
- Give your landlord a forwarding address in writing for the deposit.
# fragile: pack fragile items; pack dishes for a move; wrap glasses for moving
- Wrap each dish or glass separately in packing paper.
- Stand plates on their edges in the box, with padding on every side.
- Mark fragile boxes clearly and keep them light.
# moving_pets: move with pets; help my cat adjust to a new home; move with a dog
- Keep pets in a quiet, closed room on moving day.
- Set up your pet's bed, food, and litter box first in the new home.
- Update your pet's microchip and tag with your new address.
# long_distance: move to another city; plan a long-distance move; move across the country
- Check that long-distance movers are licensed and get written estimates.
- Pack a suitcase of essentials for the long-distance move as if for a trip.
- Research neighborhoods in the new city before you sign a lease.

== indoor plants | houseplants
! Leave toxic plants where pets and small children can chew them.
* Check the light needs of each plant before choosing a spot.
* Use pots with drainage holes.
# overwatering: avoid overwatering; know when to water houseplants
- Water only when the top inch of soil is dry.
- Empty the saucer after watering.
- Water less in winter when growth slows.
# low_light_plants: choose plants for low light; grow plants in a dark room
- Pick snake plants, pothos, or ZZ plants.
- Place them near the brightest window you have.
- Rotate the pots every few weeks.
# yellow_leaves: fix yellow leaves; save a plant with yellow leaves
- Check whether the soil is soggy or bone dry.
- Remove yellow leaves so the plant saves energy.
- Move it if it gets too much or too little light.
# repot: repot a plant; know when to repot
- Repot when roots come out of the drainage holes.
- Choose a pot only a little bigger than the old one.
- Use fresh potting mix and water well afterward.
# propagate: propagate a pothos; grow plants from cuttings
- Cut just below a node with clean scissors.
- Place the cutting in water and change the water weekly.
- Pot it in soil when the roots are a few inches long.
# pests_indoor: get rid of fungus gnats; treat pests on houseplants
- Let the soil dry out more between waterings.
- Use yellow sticky traps to catch the adults.
- Wipe leaves with mild soapy water for small bugs.
# humidity: raise humidity for plants; care for tropical plants
- Group plants together to share moisture.
- Place pots on a tray of pebbles and water.
- Use a small humidifier in dry rooms.
# fertilize: fertilize houseplants; feed my indoor plants
- Feed them during spring and summer only.
- Dilute liquid fertilizer to half strength.
- Water the soil first so the roots do not burn.
# vacation: keep my plants alive while on vacation; water my houseplants while traveling
- Water your houseplants deeply right before you leave.
- Group plants together away from hot, sunny windows while you are away.
- Use self-watering spikes or a wick from a water jar for longer trips.
# brown_tips: fix brown leaf tips; stop leaves from turning brown and crispy
- Water more consistently, since brown crispy tips often mean the soil dried out.
- Use filtered water or rainwater for plants that are sensitive to tap water.
- Trim brown leaf tips with clean scissors, following the shape of the leaf.
# drooping: save a drooping plant; revive a wilting houseplant
- Check the soil first, since both dry and soggy soil can cause drooping.
- Water a dry drooping plant thoroughly and let the excess drain away.
- Check the roots of a wilting plant and trim any that are brown and mushy.
# leggy: fix a leggy plant; make my plant bushier
- Move a leggy plant closer to a bright window.
- Pinch or cut stems just above a leaf node to encourage bushier growth.
- Rotate the plant a quarter turn each week so it grows evenly.
# beginner_plants: choose easy houseplants for beginners; pick a plant that is hard to kill
- Start with hardy plants like snake plants, pothos, or ZZ plants.
- Match the plant to the light your room actually gets.
- Pick a pot with a drainage hole so extra water can escape.

== email writing | email
! Send your password by email to anyone who asks for it.
* Write a clear subject line that says what you need.
* Put the main request in the first two lines.
# professional_email: write a professional email; write a formal email
- Use a polite greeting and the person's name.
- Keep paragraphs short and to the point.
- End with a clear next step and your full name.
# follow_up: write a follow-up email; follow up without being annoying
- Wait about a week before following up.
- Reply in the same thread so the context is easy to find.
- Restate your request in one friendly sentence.
# inbox: manage my inbox; keep my inbox under control
- Check email at set times rather than all day.
- Archive or delete anything that needs no action.
- Use folders or labels for a few main categories.
# ask_favor: ask for a favor by email; write a request email
- Explain briefly who you are and why you are asking.
- Make the request specific and easy to say yes to.
- Thank them and give them an easy way out.
# apology_email: write an apology email; apologize to a client by email
- Own the mistake without excuses.
- Explain what you are doing to fix it.
- Keep the tone sincere and brief.
# cold_email: write a cold email; email someone I do not know
- Open with why you chose this person specifically.
- Keep it under one hundred and fifty words.
- Ask for one small, clear thing.
# tone_email: sound friendly in emails; avoid sounding rude in emails
- Read the email out loud before sending it.
- Add a short, friendly opening line.
- Replace blunt demands with polite requests.
# long_email: shorten long emails; write more concise emails
- Cut background details that the reader does not need.
- Use bullet points for several items.
- Delete any sentence that does not add anything.
# out_of_office: set up an out of office reply; write an away message for my email
- Say in the away message when you are away and when you will be back.
- Name a colleague to contact for anything urgent while you are out.
- Keep the out of office message short and avoid sharing travel details.
# decline_email: say no politely by email; turn down a request in an email
- Thank the person for asking before you decline the request.
- Say no clearly in one sentence so there is no confusion.
- Suggest another person or a later time if you can.
# sign_off: end an email politely; choose a sign-off for my email
- Use a simple sign-off like best regards or thanks for most work emails.
- Match the sign-off to how formal the email thread already is.
- Add your full name and role under the sign-off in first messages.
# intro_email: introduce two people by email; write an introduction email
- Ask both people if they want the introduction before you send the email.
- Explain in one line who each person is and why they should talk.
- Move yourself to bcc once they reply so you stop getting messages.
# email_teacher: email a professor; write an email to my teacher
- Use a clear subject line with your class name and the topic.
- Address your teacher by their proper title and last name.
- Ask your question briefly and check the syllabus first for the answer.

== time management | time management
! Skip sleep and meals to fit more work in.
* Write your top three priorities for the day each morning.
* Block time in your calendar for important work.
# priorities: prioritize tasks; decide what to do first
- Sort tasks by urgency and importance.
- Do the most important task first.
- Say no to tasks that do not fit your goals.
# todo_list: make a useful to-do list; organize my tasks
- Write tasks as clear next actions.
- Keep one list instead of several.
- Move anything not done today to a specific day.
# deep_work: focus on deep work; get focused work done
- Set aside a block of ninety minutes without meetings.
- Turn off notifications during that block.
- Decide exactly what you will work on beforehand.
# meetings: spend less time in meetings; run shorter meetings
- Share a short agenda before every meeting.
- End with clear owners and next steps.
- Decline meetings where you are not needed.
# morning_routine: build a morning routine; use my mornings better
- Wake up at the same time every day.
- Do your most important task before checking email.
- Prepare your clothes and lunch the night before.
# overwhelm: deal with feeling overwhelmed; handle too much work
- Write every task down to clear your head.
- Pick one small task and finish it.
- Ask for help or renegotiate deadlines early.
# habits: build good habits; stick to new habits
- Start with a tiny version of the habit.
- Attach the new habit to something you already do.
- Track it on a calendar to keep a streak going.
# breaks: take better breaks; avoid burnout at work
- Step away from screens for a few minutes every hour.
- Take a short walk outside after lunch.
- Stop work at a set time each evening.
# weekly_plan: plan my week; do a weekly planning session
- Spend twenty minutes each Sunday looking at the week ahead.
- Put your fixed appointments in first, then block time for top priorities.
- Leave some open slots in your week for tasks that run long.
# estimate_time: estimate how long tasks will take; make realistic time estimates
- Time a few common tasks to learn how long they really take.
- Add about half again to your first estimate for new tasks.
- Break large tasks into smaller steps and estimate each step.
# interruptions: deal with interruptions at work; stop coworkers from interrupting me
- Block focus time on your calendar and let coworkers know about it.
- Wear headphones or close your door as a signal you are busy.
- Say when you will be free instead of stopping right away.
# work_from_home: manage my time working from home; stay productive when working remotely
- Keep set start and stop times on your work from home days.
- Work from one dedicated spot rather than the couch or bed.
- Get dressed and plan your day before opening your work laptop.
# phone_time: spend less time on my phone; cut down on scrolling
- Check your screen time report to see which apps take the most time.
- Move social media apps off your home screen or delete them.
- Keep your phone out of the bedroom and charge it elsewhere overnight.

== learning languages | language learning
! Share your home address with strangers you meet in language chat apps.
* Practice a little every day instead of cramming.
* Speak out loud from the very first week.
# vocab: learn vocabulary; remember new words
- Use a spaced repetition app for daily review.
- Learn words in short phrases rather than alone.
- Focus first on the thousand most common words.
# speaking: practice speaking a new language; get better at speaking
- Find a conversation partner online or locally.
- Talk to yourself in the language during daily tasks.
- Record yourself and compare it with native speakers.
# listening_lang: understand native speakers; improve my listening skills
- Listen to podcasts made for learners.
- Watch shows with subtitles in the target language.
- Replay short clips until you catch every word.
# grammar: learn grammar; study grammar without getting bored
- Learn grammar from example sentences.
- Focus on one pattern at a time.
- Write a few sentences using each new pattern.
# consistency: stay consistent with language learning; keep studying a language
- Set a small daily goal, like fifteen minutes.
- Tie practice to a habit like your morning coffee.
- Track your streak on a calendar.
# reading_lang: read in a new language; start reading books in another language
- Start with graded readers or children's books.
- Read for the gist without looking up every word.
- Look up only the words that keep appearing.
# pronunciation: improve my pronunciation; reduce my accent
- Listen and repeat right after a native speaker.
- Learn the sounds your own language does not have.
- Record yourself and compare regularly.
# immersion: immerse myself in a language at home; create an immersion environment
- Switch your phone to the target language.
- Label objects around your home.
- Cook from recipes written in that language.
# writing_lang: practice writing in a new language; improve my writing in another language
- Write a few sentences in your new language about your day.
- Ask a tutor or language exchange partner to correct your writing.
- Copy useful phrases from native texts and reuse them in your own writing.
# plateau: get past a language learning plateau; make progress at an intermediate level
- Switch to native material like shows, podcasts, or news on topics you enjoy.
- Focus on the words and mistakes that keep coming up.
- Set a new concrete goal, like holding a thirty minute conversation.
# speaking_confidence: get over my fear of speaking a new language; feel confident speaking another language
- Remember that native speakers usually appreciate any effort to use their language.
- Practice speaking with a patient tutor before trying it in public.
- Prepare a few phrases for common situations like ordering food.
# lang_exam: prepare for a language exam; pass a language proficiency test
- Learn the exam format and timing for each section first.
- Practice with official sample tests under timed conditions.
- Focus extra practice on the skill where you score lowest.
# bilingual_kids: teach my child a second language; raise my kids bilingual
- Speak the second language with your child every day in a consistent way.
- Read books and sing songs together in that language.
- Find playgroups or shows so your child hears the language from others.

== chess | chess
! Bet real money on games at sketchy online chess sites.
* Play regularly and review your games afterward.
* Solve a few tactics puzzles every day.
# openings: learn chess openings; start a chess game well
- Control the center with pawns and pieces.
- Develop knights and bishops before moving the queen.
- Castle early to keep your king safe.
# tactics: get better at chess tactics; spot forks and pins
- Solve puzzles daily, starting with easy ones.
- Look for checks, captures, and threats every move.
- Study the patterns that come up again and again.
# blunders: stop blundering pieces; make fewer mistakes in chess
- Ask what your opponent threatens before each move.
- Check whether the piece you move leaves something undefended.
- Play slower games so you have time to think.
# endgames: play endgames better; learn basic endgames
- Learn king and pawn endings first.
- Activate your king once the queens are off.
- Practice basic checkmates against a computer.
# improve_rating: improve my chess rating; get better at chess
- Analyze every loss to find the turning point.
- Play longer time controls more often.
- Focus on tactics before memorizing openings.
# kids_chess: teach a child chess; teach chess to a beginner
- Teach one piece at a time with mini games.
- Keep lessons short and fun.
- Let them win some games early on.
# time_trouble: manage my clock in chess; avoid time trouble
- Spend more time on critical moments and less on obvious ones.
- Play the opening quickly if you know it well.
- Practice with an increment to get used to the clock.
# strategy: understand chess strategy; make a plan in the middlegame
- Put your pieces on active squares.
- Target weak pawns and weak squares.
- Trade pieces when you are ahead in material.
# analyze_games: analyze my chess games; review my games after playing; learn from my losses
- Go through your chess game yourself before checking it with an engine.
- Find the moment where the evaluation changed most and ask why.
- Write down one lesson from each game you review.
# special_rules: learn castling and en passant; understand the special rules of chess; learn how pawns promote
- Castle only if neither your king nor that rook has moved yet.
- Capture en passant only on the very next move after the pawn moves two squares.
- Promote a pawn reaching the last rank to any piece, usually a queen.
# calculation: think several moves ahead; calculate variations in chess; get better at calculating moves
- Look at checks, captures, and threats first when calculating in chess.
- Solve puzzles without moving the pieces to train your calculation.
- Write down the lines you calculate during practice to check them afterward.
# tilt: keep my cool after a chess loss; stay calm after losing a chess game; control my emotions during a chess game
- Take a short break after each loss instead of queuing another game.
- Set a limit, such as stopping after two chess losses in a row.
- Play slower time controls when you feel frustrated, since they reduce rash moves.
# tournament: play in my first chess tournament; prepare for a chess tournament; enter an over the board tournament
- Learn how to use a chess clock and write down moves before your first tournament.
- Sleep well and bring water and a snack to the tournament hall.
- Focus on playing good moves rather than on your result or rating.

== board games | board games
! Let small children play with tiny game pieces unsupervised.
* Read the rules once before game night.
* Pick games that fit the group size and mood.
# game_night: host a game night; plan a board game night
- Pick a light game to start the evening.
- Set up before the guests arrive.
- Serve snacks that will not make the cards messy.
# teach_game: teach a board game; explain rules to new players
- Explain the goal of the game first.
- Play an open practice round.
- Leave rare edge cases until they come up.
# choose_game: choose a board game; pick a game for beginners
- Look for short games with simple rules.
- Check the player count and play time on the box.
- Try cooperative games if people dislike conflict.
# family_games: find games for the whole family; play board games with kids
- Choose games with short turns.
- Pick games that mix luck and simple choices.
- Let kids help set up and keep score.
# sore_losers: handle sore losers; keep game night friendly
- Focus on fun moments rather than who won.
- Play cooperative games now and then.
- Keep games short so a loss does not sting.
# store_games: store board games; organize my game collection
- Store boxes on their side like books.
- Use small bags to sort the pieces.
- Keep a list of the games you own.
# strategy_games: get better at strategy games; win more board games
- Watch what the strongest player focuses on.
- Think about what each move gives your opponents.
- Review what worked after each game.
# two_player: find good games for two players; play board games as a couple
- Try short card games designed for two.
- Look for games with simple rules but deep choices.
- Keep a running score across several games.
# missing_pieces: replace missing game pieces; keep track of small game pieces; find spare parts for a board game
- Contact the board game publisher, since many send replacement pieces for free.
- Store small game pieces in labeled zip bags inside the box.
- Use coins or pieces from another game as temporary stand-ins.
# rules_dispute: settle a rules argument; resolve a rules disagreement at game night; look up an unclear rule
- Check the rulebook index or the official FAQ for the disputed board game rule.
- Agree on a quick ruling for now and look it up properly after the game.
- Choose one rules keeper at the start of game night to make final calls.
# solo_games: play board games by myself; find good solo games; learn a game alone before teaching it
- Look for board games that include an official solo mode in the rules.
- Play a solo practice round of a new game before teaching it to friends.
- Try cooperative games, since many can be played with one person controlling two roles.
# party_games: pick games for a big group; find party games for large groups; keep a big group entertained
- Choose party games with simple rules that can be explained in two minutes.
- Pick games that allow players to join or leave between rounds.
- Split a large group into teams so everyone stays involved.
# slow_players: speed up a slow game; deal with players who take too long; keep a board game moving
- Encourage players to plan their next move while others take their turns.
- Use a sand timer for turns when a board game drags on.
- Set up the board and sort the pieces before players arrive.

== knitting | knitting
! Leave your needles point-up on the couch where people sit.
* Start with a medium weight yarn in a light color.
* Knit a small swatch to check your gauge.
# cast_on: cast on stitches; start my first knitting project
- Try the long tail cast on first.
- Keep the stitches loose enough to slide easily.
- Pick a scarf or dishcloth as a first project.
# tension: keep even tension; stop my knitting from being too tight
- Wrap the yarn around a finger to control the flow.
- Relax your hands and shoulders.
- Push stitches to the thick part of the needle.
# fix_mistake: fix a dropped stitch; fix knitting mistakes
- Use a crochet hook to pull the stitch back up.
- Thread a lifeline through your work every few inches.
- Count your stitches at the end of each row.
# read_pattern: read a knitting pattern; understand knitting abbreviations
- Read the whole pattern before you begin.
- Look up the abbreviations list in the pattern.
- Mark your place with a sticky note.
# choose_yarn: choose yarn; pick the right yarn for a project
- Match the yarn weight suggested in the pattern.
- Choose wool for warmth and cotton for dishcloths.
- Buy enough yarn from the same dye lot.
# purl: learn to purl; knit and purl in the same row
- Bring the yarn to the front before each purl stitch.
- Practice a simple rib of two knit and two purl.
- Watch a slow video and copy the hand movements.
# blocking: block my knitting; finish a knitting project
- Soak the piece in cool water with a little wool wash.
- Press the water out with a towel.
- Pin it to shape and let it dry flat.
# socks: knit socks; knit in the round
- Use a circular needle or double pointed needles.
- Start with a thicker yarn for your first pair.
- Try them on as you go to check the fit.
# bind_off: bind off my knitting; cast off at the end of a project; finish the last row of my knitting
- Knit two stitches, then lift the first one over the second to bind off.
- Bind off loosely or with a larger needle so the edge still stretches.
- Leave a long yarn tail and pull it through the last stitch to secure it.
# gauge: knit a gauge swatch; match the gauge in a pattern; make my knitting the right size
- Knit a swatch at least ten centimeters square in the stitch the pattern uses.
- Wash and dry your swatch the same way you will treat the finished piece.
- Switch to smaller needles if your gauge has too few stitches per inch.
# weave_ends: weave in loose ends; hide yarn tails neatly; finish off my yarn ends
- Thread each yarn tail onto a tapestry needle and weave it through the backs of stitches.
- Weave the end in one direction and then back again so it stays put.
- Trim the yarn tail close to the fabric only after blocking your knitting.
# increase_decrease: increase stitches in my knitting; decrease stitches with knit two together; shape my knitting
- Knit two stitches together as one to make a simple decrease.
- Knit into the front and back of a stitch to make a simple increase.
- Place stitch markers where the pattern tells you to increase or decrease.
# wash_knits: wash my hand knitted sweaters; wash wool without shrinking it; keep my knits from pilling
- Wash hand knits in cool water with wool wash and never wring them.
- Lay wool knits flat on a towel to dry, away from direct heat.
- Remove pills from knits gently with a sweater comb or fabric shaver.

== bike repair | bike repair
! Keep riding with brakes that barely work until they fail completely.
* Keep your chain clean and lightly oiled.
* Get a basic multitool and a pump.
# flat_tire: fix a flat tire on my bike; patch a bike tube
- Remove the wheel and lever one side of the tire off.
- Find the hole by pumping up the tube and listening.
- Check inside the tire for the thorn or glass that caused it.
# chain: clean my bike chain; lubricate my chain
- Wipe the chain with a rag while turning the pedals.
- Apply one drop of lube to each link.
- Wipe off the extra lube so it does not attract dirt.
# brakes: adjust my bike brakes; fix squeaky brakes
- Check that the pads hit the rim or rotor evenly.
- Tighten the cable with the barrel adjuster.
- Clean the rotors with rubbing alcohol.
# gears: adjust my gears; fix skipping gears
- Shift to the smallest cog and check the cable tension.
- Turn the barrel adjuster a quarter turn at a time.
- Check that the derailleur hanger is not bent.
# tune_up: give my bike a tune-up; maintain my bike at home
- Check the tires, brakes, and chain every week.
- Tighten bolts to the torque printed on the part.
- Get a shop to check the bike once a year.
# chain_off: put a chain back on; stop my chain from falling off
- Shift to the smallest ring and lift the chain on.
- Turn the pedals slowly forward.
- Adjust the limit screws if it keeps falling off.
# wheel_true: true a bike wheel; fix a wobbly wheel
- Spin the wheel and find where it rubs.
- Tighten the spokes a little at the wobble.
- Make small quarter turns and check often.
# tools: choose bike tools; build a basic bike tool kit
- Start with tire levers, a pump, and a multitool.
- Add a chain checker and a good lube.
- Get a repair stand once you work on your bike often.
# tire_pressure: pump up my bike tires; know what pressure to use in my bike tires; use a bike pump on a presta valve
- Find the recommended pressure range printed on the tire sidewall.
- Unscrew the small tip on a presta valve before attaching the pump.
- Check your tire pressure every week, since bike tires lose air slowly.
# replace_tire: replace a worn bike tire; know when to change my bike tires; put a new tire on my bike
- Replace the tire when the tread is flat or you see cracks or threads.
- Match the new tire size to the numbers printed on the old one.
- Check that the tire bead sits evenly all the way around before inflating.
# saddle_adjust: adjust my bike seat; tighten a loose bike seat; change my saddle angle
- Loosen the seatpost clamp, set the seat height, and tighten it firmly.
- Keep the saddle level, then tilt it slightly if you feel pressure.
- Keep the minimum insertion mark on the seatpost hidden inside the frame.
# creaks: fix a creaking bike; find a noise on my bike; stop my bike from clicking
- Check that the pedals, crank bolts, and seatpost are tight.
- Clean and grease the pedal threads and the seatpost.
- Turn the pedals slowly on a repair stand to narrow down the source.
# wash_bike: wash my bike; clean a dirty bike; clean my bike after a muddy ride
- Rinse off mud with low water pressure, not a pressure washer.
- Scrub the frame with bike cleaner or mild soapy water and a soft brush.
- Dry the bike and oil the chain after washing it.

== smartphone | smartphones
! Install apps from random links in text messages.
* Keep your phone updated to get security fixes.
* Back up your phone regularly.
# battery_life: make my phone battery last longer; save battery on my phone
- Lower the screen brightness or use auto brightness.
- Turn off background refresh for apps you rarely use.
- Find the biggest battery users in the settings.
# storage: free up storage on my phone; clear space on my phone
- Delete apps you have not opened in months.
- Move photos to cloud storage or a computer.
- Clear old downloads and message attachments.
# slow_phone: speed up a slow phone; fix a laggy phone
- Restart the phone to clear stuck processes.
- Update the system and your apps.
- Remove widgets and apps you do not need.
# screen_time_phone: use my phone less; reduce my screen time
- Turn off nonessential notifications.
- Move distracting apps off the home screen.
- Charge your phone outside the bedroom.
# backup_phone: back up my phone; save my photos and contacts
- Turn on automatic cloud backup.
- Check that the last backup finished recently.
- Copy important photos to a computer too.
# security_phone: secure my phone; protect my phone from hackers
- Use a strong passcode and turn on biometrics.
- Turn on two-factor authentication for your accounts.
- Install apps only from the official app store.
# new_phone: set up a new phone; move my data to a new phone
- Back up the old phone before you start.
- Use the built-in transfer tool during setup.
- Keep the old phone until everything works.
# cracked_screen: protect my phone screen; deal with a cracked screen
- Use a tempered glass screen protector.
- Pick a case with raised edges.
- Get it repaired before the cracks spread.
# lost_phone: find my lost phone; track down a missing phone; locate my phone if it is stolen
- Turn on the built-in find my device feature before you ever need it.
- Sign in to your phone account from another device to see its location on a map.
- Mark a stolen phone as lost remotely and report it to your carrier.
# notifications: turn off annoying notifications; stop my phone from buzzing all the time; manage app notifications
- Open notification settings and switch off alerts for apps that are not urgent.
- Use a focus or do not disturb mode during work and sleep hours.
- Long press a notification to silence that app straight from the alert.
# wet_phone: save a phone that got wet; dry out my phone after dropping it in water
- Turn the wet phone off right away and do not try to charge it.
- Remove the case and SIM tray and wipe the phone dry with a soft cloth.
- Let the phone dry in a well ventilated spot for at least a full day.
# sell_phone: wipe my phone before selling it; prepare my old phone for trade-in; erase my old phone
- Back up your phone and sign out of your accounts before resetting it.
- Use the factory reset option to erase everything on the old phone.
- Remove your SIM and memory cards before handing the phone over.
# charging: fix a phone that will not charge; clean my phone's charging port; charge my phone faster
- Try a different cable and charger to rule out a faulty accessory.
- Clean lint from the charging port gently with a wooden toothpick.
- Use the charger that matches your phone's fast charging standard.

== printers | printers
! Poke around inside the printer while it is still plugged in.
* Use the latest driver from the manufacturer.
* Turn it off and on again before deeper troubleshooting.
# not_printing: fix a printer that will not print; get my printer working
- Check that the printer is on and connected.
- Clear the print queue on your computer.
- Remove and re-add the printer in your settings.
# paper_jam: clear a paper jam; stop paper jams
- Turn the printer off before reaching inside.
- Pull the paper out slowly in the direction it travels.
- Fan the paper stack before loading it.
# wifi_printer: connect my printer to wifi; set up a wireless printer
- Use the setup menu on the printer to pick your network.
- Keep the printer near the router during setup.
- Install the official app or driver on your computer.
# ink: save on printer ink; make ink last longer
- Print in draft or grayscale mode when quality does not matter.
- Preview documents to avoid wasted pages.
- Print a page now and then so the nozzles do not dry out.
# streaks: fix streaky prints; improve print quality
- Run the head cleaning tool from the printer menu.
- Check for low ink or toner.
- Use the right paper setting for your paper.
# choose_printer: choose a printer; pick a printer for home
- Choose a laser printer if you mostly print text.
- Choose an ink tank printer if you print lots of color.
- Compare the cost per page, not just the price.
# scan: scan a document; scan to my computer
- Place the page face down and line it up with the corner.
- Use the scanner app that came with the printer.
- Save text documents as PDF files.
# offline: fix a printer that shows offline; make my printer stay online
- Restart the printer, the computer, and the router.
- Give the printer a fixed address in the router.
- Turn off sleep mode if it keeps disconnecting.

== wifi | wifi
! Leave your router on the default admin password.
* Restart your router when things act strange.
* Keep the router firmware up to date.
# slow_wifi: speed up my wifi; fix slow internet
- Put the router in a central, open spot.
- Keep it away from microwaves and thick walls.
- Use the 5 GHz band when you are close to the router.
# range: extend my wifi range; get wifi in every room
- Use a mesh system for larger homes.
- Raise the router off the floor.
- Run a cable to a second access point if possible.
# secure_wifi: secure my wifi; protect my home network
- Change the default admin password.
- Use WPA2 or WPA3 encryption.
- Set up a guest network for visitors.
# dropping: stop my wifi from dropping; fix a connection that keeps dropping
- Update the router firmware.
- Pick a less crowded channel in the router settings.
- Forget the network and reconnect on your device.
# password_wifi: change my wifi password; share wifi with guests
- Log in to the router settings from a browser.
- Choose a long passphrase that is easy to type.
- Reconnect each device with the new password.
# router_choice: choose a router; buy a new router
- Check the speed of your internet plan first.
- Choose a router that supports current wifi standards.
- Consider a mesh system if you have several floors.
# lag: reduce lag when gaming; improve my connection for video calls
- Use a wired connection when you can.
- Pause big downloads on other devices.
- Sit closer to the router.
# no_internet: fix wifi that says no internet; troubleshoot my internet connection
- Restart the modem and then the router.
- Check for an outage with your provider.
- Test with a cable to see if the problem is the wifi.
# restart_router: restart my router properly; reboot my modem and router; turn my router off and on again
- Unplug the modem and router and wait thirty seconds before plugging them back in.
- Power the modem on first and let it connect before starting the router.
- Avoid the reset button unless you want to erase all your router settings.
# connected_devices: see who is connected to my wifi; find unknown devices on my network; kick someone off my wifi
- Log in to your router's admin page to see the list of connected devices.
- Change your wifi password to remove any devices you do not recognize.
- Give your own devices clear names so strangers on the list stand out.
# public_wifi: use public wifi safely; stay safe on hotel wifi; protect my laptop on cafe wifi
- Avoid logging in to your bank while connected to public wifi.
- Check that websites use https before entering any passwords on public wifi.
- Use a trusted VPN when you rely on hotel or cafe wifi.
# find_wifi_password: find my wifi password; recover a forgotten wifi password; see the password of my home wifi
- Look for the default wifi password on the sticker on your router.
- Check the saved network details on a computer or phone already connected.
- Log in to the router admin page to view or change the wifi password.
# speed_test: test my internet speed; check if I get the speed I pay for; measure my wifi speed
- Run a speed test on a device connected to the router by cable first.
- Test at several times of day to spot evening slowdowns on your connection.
- Compare the results with your plan and contact your provider if they fall short.

== spreadsheets | spreadsheets
! Email spreadsheets full of customer data to your personal account.
* Keep raw data on one sheet and calculations on another.
* Use clear headers in the first row.
# formulas: learn spreadsheet formulas; use basic formulas
- Start with SUM, AVERAGE, and COUNT.
- Click a cell to see its formula in the formula bar.
- Use cell references instead of typing numbers into formulas.
# lookup: look up values in a spreadsheet; match data between two sheets
- Use XLOOKUP or VLOOKUP to find matching rows.
- Make sure the lookup values have the same format.
- Wrap the formula in IFERROR to handle missing values.
# pivot: make a pivot table; summarize data quickly
- Make sure your data has one header row and no gaps.
- Drag a category to rows and a number to values.
- Use filters to focus on one slice.
# charts: make a chart in a spreadsheet; visualize my data
- Select the data including headers first.
- Pick a bar chart for comparisons and a line chart for trends.
- Give the chart a clear title and axis labels.
# clean_data: clean up messy data; remove duplicates in a spreadsheet
- Use the remove duplicates tool on a copy first.
- Trim extra spaces with the TRIM function.
- Split combined columns with text to columns.
# budget_sheet: make a budget spreadsheet; track expenses in a spreadsheet
- Create columns for date, item, category, and amount.
- Use SUMIF to total each category.
- Add a monthly summary sheet.
# conditional_format: highlight cells automatically; use conditional formatting
- Select the range and open conditional formatting.
- Set a rule, like values greater than a target.
- Keep the colors few and meaningful.
# shortcuts: work faster in spreadsheets; learn spreadsheet shortcuts
- Use keyboard shortcuts to copy, paste, and fill down.
- Double click the fill handle to copy a formula down.
- Freeze the header row so it stays visible.
# freeze_header: freeze the top row; keep headers visible when scrolling; lock the first column in place
- Use the freeze panes option in the View menu to keep the header row visible.
- Select the cell below and right of the rows and columns you want frozen.
- Keep the spreadsheet header to a single row so freezing stays simple.
# sort_filter: sort my data; filter rows in a spreadsheet; show only the rows I need
- Select the whole table before sorting so rows stay together.
- Turn on filters on the header row to show only matching rows.
- Convert your data range to a table so sorting and filtering are built in.
# dates: work with dates in a spreadsheet; calculate days between two dates; add months to a date
- Subtract one date cell from another to get the number of days between them.
- Use the EDATE function to add a number of months to a date.
- Format date columns as dates so the spreadsheet treats them as numbers.
# dropdown: add a drop-down list to a cell; restrict what people can type in a cell; use data validation
- Use data validation to create a drop-down list of allowed values.
- Keep the list of drop-down options on a separate sheet so it is easy to update.
- Add an input message explaining what should go in the validated cell.
# print_sheet: print a spreadsheet on one page; make my spreadsheet print properly; set a print area
- Set the print scaling to fit all columns on one page.
- Define a print area so only the needed cells are printed.
- Repeat the header row on every printed page through the page setup options.

== passwords | passwords
! Use the same short password for every account.
* Use a password manager.
* Turn on two-factor authentication wherever you can.
# strong_password: create a strong password; make passwords I can remember
- Use a long passphrase of four or more random words.
- Make each password unique to one site.
- Avoid names, birthdays, and common words.
# password_manager: use a password manager; choose a password manager
- Pick a well-known manager with a good security record.
- Protect it with one strong master password.
- Let it generate new passwords for you.
# phishing: spot phishing emails; avoid scam emails
- Check the sender address carefully.
- Hover over links before clicking them.
- Go to the site directly instead of using email links.
# two_factor: set up two-factor authentication; secure my accounts with a second factor
- Use an authenticator app rather than text messages when possible.
- Save the backup codes somewhere safe.
- Start with your email and bank accounts.
# hacked: recover a hacked account; secure my account after a breach
- Change the password right away from a safe device.
- Sign out of all other sessions.
- Check the recovery email and phone settings for changes.
# old_accounts: clean up old accounts; delete accounts I do not use
- Search your email for old sign-up messages.
- Delete accounts you no longer need.
- Change the passwords on the ones you keep.
# share_passwords: share passwords safely; share an account with family
- Use the sharing feature in your password manager.
- Avoid sending passwords in plain text messages.
- Change the password when someone no longer needs it.
# breach_check: check if my password was leaked; find out if my data was in a breach
- Use a trusted breach checking service.
- Change any password that shows up in a breach.
- Turn on breach alerts in your password manager.
# forgot_password: recover a forgotten password; get back into an account I am locked out of; regain access to my login
- Use the forgot password link on the official login page, not one from an email.
- Keep your recovery email and phone number up to date for password resets.
- Store your account recovery codes somewhere safe and offline.
# reuse_password: use a different password for every account; replace reused passwords; fix accounts that share one password
- Change reused passwords on your email and bank accounts first.
- Let a password manager generate a unique password for every account.
- Update a few reused passwords each day until they are all different.
# security_questions: answer security questions safely; choose answers to security questions
- Give security questions made up answers that nobody could look up online.
- Store your security question answers in your password manager.
- Avoid answers like your pet's name that you have shared on social media.
# passkeys: use passkeys; sign in without a password; set up a passkey for my account
- Create a passkey in your account security settings where the site offers it.
- Keep your phone screen lock enabled, since it protects your passkeys.
- Set up passkeys on two devices so losing one does not lock you out.
# browser_passwords: save passwords in my browser safely; decide whether my browser should store my passwords
- Protect your computer with a strong login password if your browser stores passwords.
- Turn on sync encryption so saved browser passwords stay protected.
- Use a dedicated password manager if you use several browsers or devices.

== grocery shopping | grocery shopping
! Eat food well past its use-by date to avoid waste.
* Shop with a list and stick to it.
* Avoid shopping when you are hungry.
# save_groceries: save money on groceries; shop cheaper
- Compare unit prices on the shelf label.
- Buy store brands for staples.
- Plan meals around what is on sale.
# list: make a grocery list; plan a grocery trip
- Check your fridge and pantry before writing the list.
- Group items by store section.
- Keep a running list on your phone.
# fresh_produce: pick fresh produce; choose ripe fruit
- Choose fruit that feels heavy for its size.
- Smell melons and pineapples at the stem end.
- Buy bananas and avocados at different stages of ripeness.
# food_waste: reduce food waste; use up leftovers
- Put older food at the front of the fridge.
- Freeze bread and leftovers you will not finish soon.
- Plan one leftover night each week.
# bulk: buy in bulk wisely; know what to buy in bulk
- Buy nonperishables you use often.
- Check that you have space to store it.
- Split big packs with a friend.
# healthy_shopping: shop for healthy food; fill my cart with healthier food
- Fill most of your cart with fresh produce and staples.
- Read the ingredient list, not just the front label.
- Buy frozen vegetables for easy healthy meals.
# meal_shop: shop for a week of meals; do a weekly grocery run
- Pick five dinners before you shop.
- Choose recipes that share ingredients.
- Buy quick breakfasts and lunches too.
# online_grocery: order groceries online; use grocery delivery well
- Save a list of your usual items.
- Choose substitutions carefully.
- Check the order as soon as it arrives.
# read_labels: read nutrition labels; understand food labels; compare food labels
- Check the serving size first, since every number on the label depends on it.
- Compare sugar, sodium, and fiber per serving between similar products.
- Read the ingredient list, which names ingredients from most to least by weight.
# dates: understand expiration dates; know the difference between best by and use by dates; read the dates on groceries
- Treat a best by date as a guide to quality, not a safety deadline.
- Follow use by dates closely on perishable groceries like meat and dairy.
- Check the dates on dairy and meat and pick the latest ones on the shelf.
# coupons: use coupons for groceries; save with store loyalty programs; find grocery deals
- Sign up for the store loyalty program to get digital coupons.
- Check the weekly grocery flyer before you plan your meals.
- Use coupons only for items you would buy anyway.
# meat_fish: choose fresh fish at the store; pick good meat at the grocery store; buy fresh meat
- Choose fish with clear eyes, firm flesh, and a mild sea smell.
- Pick meat with good color and no sour smell or sticky surface.
- Put meat and fish in separate bags and pick them up last.
# shop_for_one: shop for one person; shop for a one-person household; shop for a single person without waste
- Buy loose produce so you can take exactly the amount you need.
- Choose frozen vegetables and fruit that you can portion out as needed.
- Shop twice a week for small amounts of fresh food when buying for one.

== food storage | food storage
! Leave cooked leftovers out on the counter overnight before you refrigerate them.
! Thaw frozen meat on the counter all day while you are at work.
* Label containers with the contents and the date you stored them.
* Keep your fridge at or below 40 degrees Fahrenheit.
* Use older food first and put new purchases at the back.
# leftovers: store leftovers safely; know how long leftovers last; keep leftovers fresh
- Refrigerate leftovers within two hours of cooking.
- Store leftovers in shallow airtight containers so they cool quickly.
- Eat refrigerated leftovers within three to four days or freeze them.
# thaw: thaw frozen meat safely; defrost chicken quickly; defrost food in the fridge
- Thaw frozen meat in the fridge overnight for the safest result.
- Defrost sealed meat in cold water, changing the water every thirty minutes.
- Cook meat right away if you defrost it in the microwave.
# freeze: freeze food properly; avoid freezer burn; freeze meals for later
- Cool food completely before you freeze it.
- Squeeze the air out of freezer bags to prevent freezer burn.
- Freeze meals in flat, portion-sized bags so they thaw quickly.
# bread_storage: keep my bread fresh; store bread so it does not go stale; keep bread from molding
- Keep bread in a bread box or paper bag at room temperature for a few days.
- Slice and freeze bread you will not eat within three days.
- Keep bread out of the fridge, since the cold makes it go stale faster.
# produce: store fruit and vegetables; keep vegetables fresh longer; know which fruit goes in the fridge
- Keep apples and bananas away from other produce, since they speed ripening.
- Refrigerate berries and leafy greens, but keep tomatoes and bananas on the counter.
- Store potatoes and onions separately in a cool, dark, dry place.
# herbs_storage: store fresh herbs; keep cilantro fresh; keep basil from wilting
- Stand parsley and cilantro in a glass of water in the fridge, loosely covered.
- Keep basil in water on the counter, since the fridge blackens its leaves.
- Wrap thyme and rosemary in a damp paper towel and refrigerate them.
# pantry: organize my pantry; store flour and rice; keep bugs out of my pantry
- Move flour, rice, and cereal into airtight containers after opening.
- Keep the pantry cool and dry, away from the stove.
- Check pantry goods for weevils and throw out any infested packages.
# fridge_organize: organize my fridge; know where to put food in the fridge; clean out my fridge
- Store raw meat on the bottom fridge shelf so it cannot drip on other food.
- Keep ready-to-eat food and leftovers on the upper fridge shelves.
- Clear out the fridge weekly and wipe up spills before they get sticky.

== home comfort | home comfort
! Run a gas stove or grill indoors to heat the room.
! Tape over every vent and seal the house airtight, even around the furnace.
* Replace heating and cooling filters every few months.
* Open windows briefly each day to let in fresh air.
* Fix small comfort problems early before they turn into bigger repairs.
# cool_room: cool down a hot room; keep my bedroom cool in summer; cool a room without air conditioning
- Close blinds and curtains on sunny windows during the hottest hours.
- Open windows at night and use a fan to pull in cooler air.
- Turn off lights and electronics that add heat to the room.
# drafts: stop drafts from windows; seal a drafty door; keep cold air out
- Add weatherstripping around drafty doors and window sashes.
- Put a draft stopper along the bottom of a drafty door.
- Cover drafty windows with clear insulating film for the winter.
# warm_room: warm up a cold room; keep my house warm in winter; heat a room cheaply
- Open curtains on sunny days and close them at night to hold heat in.
- Lay a rug on bare floors to make a cold room feel warmer.
- Use a space heater with tip-over shut-off, and keep it clear of anything flammable.
# energy_bill: lower my energy bill; save on heating costs; reduce my electricity bill
- Set the thermostat a few degrees lower in winter and higher in summer.
- Use a programmable thermostat to ease heating or cooling while you are out.
- Switch to LED bulbs and unplug devices that draw standby power.
# humidity_home: reduce humidity in my home; deal with condensation on windows; add moisture to dry air
- Run bathroom and kitchen exhaust fans during and after showers and cooking.
- Use a dehumidifier to keep indoor humidity between 30 and 50 percent.
- Run a humidifier in winter if dry indoor air bothers your throat or skin.
# noise: reduce noise from neighbors; soundproof my bedroom; block street noise
- Seal gaps around doors and windows to block outside noise.
- Add rugs, curtains, and full bookshelves to soak up noise in a room.
- Use a white noise machine or earplugs to mask noise at night.
# smells: get rid of bad smells in my house; make my home smell fresh; remove cooking odors
- Find and remove the source of the smell, like trash or damp towels.
- Leave open bowls of baking soda out to absorb lingering household odors.
- Open a window and run the range hood while cooking to clear odors.
# cozy: make my home cozier; make a room feel cozy
- Use warm white lamps at different heights instead of one bright overhead light.
- Add soft textures like throws, cushions, and a rug to make a room cozy.
- Bring in a few plants and personal items to make the space feel lived in.

== personal care | personal care
! Pop pimples with your fingers whenever you see them.
! Share razors and toothbrushes with others to cut down on waste.
* Keep a simple daily routine that you can stick with.
* Patch test new skin or hair products on a small area first.
* Replace razors and toothbrushes on a regular schedule.
# dry_skin: fix dry skin; stop my hands from cracking; moisturize dry skin
- Apply moisturizer to dry skin right after a shower while it is still damp.
- Take shorter, lukewarm showers, since hot water dries skin out.
- Put a thick fragrance-free cream on dry, cracked hands at night.
# acne: get rid of acne; prevent breakouts; clear up my skin
- Wash your face twice a day with a gentle cleanser.
- Use products with salicylic acid or benzoyl peroxide to treat breakouts.
- See a dermatologist if acne leaves scars or does not improve.
# shaving: shave without razor burn; get a closer shave; avoid razor bumps
- Soften hair with warm water for a minute or two before shaving.
- Shave in the direction of hair growth with a sharp razor.
- Rinse the razor often and apply a gentle moisturizer after shaving.
# teeth: keep my teeth healthy; floss properly; brush my teeth correctly
- Brush your teeth twice a day for two minutes with fluoride toothpaste.
- Floss once a day, curving the floss around the side of each tooth.
- Replace your toothbrush every three months or when the bristles fray.
# hair_wash: wash my hair the right way; keep my hair from getting greasy; know how often to wash my hair
- Wash oily hair more often and dry or curly hair less often.
- Massage shampoo into your scalp and put conditioner on the ends of your hair.
- Rinse your hair with lukewarm water rather than very hot water.
# nails: trim my nails; take care of my nails; stop my nails from breaking
- Trim nails straight across and smooth the edges with a nail file.
- Keep nails moisturized with hand cream or cuticle oil.
- Wear gloves for dishes and cleaning to protect brittle nails.
# glasses: clean my glasses; get smudges off my glasses; clean eyeglasses without scratching them
- Rinse your glasses under lukewarm water to wash off dust and grit.
- Clean the lenses with a drop of dish soap and dry them with a microfiber cloth.
- Avoid wiping glasses with paper towels or your shirt, which can scratch the lenses.
# sunscreen: use sunscreen properly; protect my skin from the sun; choose a sunscreen
- Choose a broad spectrum sunscreen with SPF 30 or higher.
- Apply a generous amount of sunscreen fifteen minutes before going outside.
- Reapply sunscreen every two hours and after swimming or sweating.

== health habits | healthy habits
! Skip water all day and make up for it with energy drinks at night.
! Stay glued to your screen for hours without a break to get more done.
* Build one small habit at a time instead of changing everything at once.
* Tie a new habit to something you already do every day.
* Track your habits on a simple calendar to see your streaks.
# water: drink more water; remember to drink water; stay hydrated during the day
- Keep a refillable water bottle on your desk where you can see it.
- Drink a glass of water with every meal.
- Add lemon or cucumber slices if plain water feels boring.
# desk_posture: sit with better posture at my desk; set up my desk ergonomically; stop back pain from sitting all day
- Sit with your feet flat and your back against the chair.
- Put the top of your screen at or slightly below eye level.
- Stand up and walk around for a few minutes every hour.
# eye_strain: reduce eye strain from screens; rest my eyes at the computer; stop my eyes from getting tired
- Every twenty minutes, look at something twenty feet away for twenty seconds.
- Lower your screen brightness to match the light in the room.
- Blink often and use lubricating eye drops if your eyes feel dry.
# stress: manage daily stress; relax after a stressful day; calm down when I feel stressed
- Take five slow breaths with a longer breath out than in.
- Go for a short walk outside to clear your head.
- Write down what is stressing you and one small next step.
# snacking: cut back on snacking; choose healthier snacks; cut out late-night eating
- Keep fruit, nuts, and yogurt where you see them first.
- Store sweets out of sight or stop buying them.
- Eat regular meals with protein so you are less hungry between them.
# bad_habits: break a bad habit; kick my nail-biting habit; quit a habit for good
- Notice the triggers that come right before the habit.
- Replace the habit with a simple action you can do instead.
- Make the habit harder to do, like wearing bitter nail polish.
# move_more: move more during the day; walk more steps each day; stay active with a desk job
- Take a short walk after lunch or dinner.
- Use the stairs instead of the elevator when you can.
- Take phone calls standing up or walking around.
# phone_habits: spend less time on my phone; check my phone less often; cut down on social media
- Turn off all phone notifications except calls and messages from people.
- Move social media apps off your home screen.
- Charge your phone outside the bedroom at night.

== social life | social life
! Spread a rumor about a friend to find out who is loyal.
! Keep drinking to fit in even after you have had enough.
* Show real interest by asking people questions about themselves.
* Follow up soon after you meet someone new you liked.
* Be on time and keep the plans you make.
# make_friends: make friends as an adult; meet new people in a new city; make new friends after moving
- Join a club, class, or team that meets every week.
- Say yes to invitations, even small ones, for a few months.
- Invite someone you click with for coffee within a week.
# small_talk: make small talk; start a conversation with a stranger; keep a conversation going
- Comment on something you both share, like the event or the place.
- Ask open questions that start with how or what.
- Pick up on a detail they mention and ask more about it.
# conflict_friend: resolve a conflict with a friend; fix a fight with my friend; talk to a friend who upset me
- Talk in private at a calm moment, not by text while angry.
- Describe how you felt using I statements instead of blaming your friend.
- Listen to your friend's side fully before you respond.
# gift: choose a gift for a friend; pick a thoughtful present; find a gift for someone who has everything
- Listen for things the person mentions wanting during the year.
- Give an experience, like a class or tickets, instead of an object.
- Add a short handwritten note about why you chose the gift.
# host: host a dinner party; have friends over for dinner; plan a small get-together at home
- Cook a dish you have made before instead of trying something new.
- Ask guests about allergies and food preferences when you invite them.
- Prepare most of the food ahead so you can spend time with guests.
# keep_in_touch: keep in touch with friends; stay close to friends who live far away; reconnect with an old friend
- Put a calendar reminder to message friends every few weeks.
- Send a quick note when something reminds you of a friend.
- Set up a regular video call with a friend who lives far away.
# say_no: say no to invitations politely; turn down plans without feeling guilty; decline an invitation
- Thank the person for the invitation before you decline.
- Keep your reason short, since you do not owe a long explanation.
- Suggest another time if you do want to meet them later.
# apologize: apologize to a friend; say sorry properly; make up with someone I hurt
- Name exactly what you did wrong without adding excuses.
- Acknowledge how your actions affected the other person.
- Say what you will do differently next time and follow through.

== pest control | pests
! Spray bug poison on the kitchen counters where you prepare food.
! Mix different pest sprays together to make them stronger.
* Seal cracks and gaps so pests cannot get inside.
* Keep food in sealed containers and take out the trash often.
* Read and follow the label on any pest control product you use.
# ants: get rid of ants in my kitchen; keep ants out of the house; stop ants from coming inside
- Wipe the ant trail with soapy water or vinegar to remove the scent.
- Place ant bait stations along the trail, away from kids and pets.
- Seal the crack where the ants come in with caulk.
# fruit_flies: get rid of fruit flies; stop fruit flies in my kitchen; make a fruit fly trap
- Throw out overripe fruit and keep ripe produce in the fridge.
- Fill a small jar with cider vinegar and a drop of dish soap.
- Clean sink drains and empty the trash and recycling often.
# mice: get rid of mice; keep mice out of my house; know if I have mice
- Look for droppings and chewed packaging along walls and in cabinets.
- Set snap traps baited with peanut butter along walls where you see droppings.
- Plug small gaps around pipes with steel wool and caulk.
# moths: get rid of clothes moths; protect my sweaters from moths; keep moths out of my closet
- Wash or dry-clean clothes before storing them for the season.
- Store wool and other natural fibers in sealed bags or bins.
- Vacuum closet corners and hang cedar blocks or moth traps.
# weeds: get rid of weeds in my yard; stop weeds from growing between pavers; kill weeds without chemicals
- Pull weeds after rain when the soil is soft and the roots come out whole.
- Cover bare soil in garden beds with a thick layer of mulch.
- Pour boiling water on weeds in the cracks between pavers.
# wasps: deal with a wasp nest; keep wasps away from my patio; get rid of wasps safely
- Keep sweet drinks and food covered when you eat outside.
- Keep trash bins closed and clean, since they attract wasps.
- Call a pest control professional for large nests or if you are allergic.
# cockroaches: get rid of cockroaches; keep roaches out of my apartment; stop a cockroach problem
- Clean up crumbs and grease every night and fix leaky pipes.
- Use gel bait and bait stations in cabinets and under sinks.
- Ask your landlord to have a professional treat the whole building.
# mosquitoes: keep mosquitoes away from my yard; stop mosquito bites at home; get rid of mosquitoes around my house
- Empty standing water from buckets, saucers, and gutters every week.
- Repair holes in window and door screens.
- Run a fan on the patio, since mosquitoes are weak fliers.

== celebrations | celebrations
! Leave lit candles near paper decorations while guests mingle.
! Let guests drive home after drinking heavily at your party.
* Send invitations at least two weeks before the celebration.
* Ask guests about allergies before you plan the food.
* Set a budget before you plan the rest of the celebration.
# birthday_party: plan a birthday party; throw a birthday party for my kid; organize a birthday celebration
- Pick a date, a guest list, and a budget before anything else.
- Plan one or two simple activities for a kids birthday party.
- Keep a kids birthday party to about two hours.
# surprise_party: plan a surprise party; keep a surprise party secret
- Pick one trusted friend to get the guest of honor there on time.
- Use a private group chat for planning and leave the guest of honor out.
- Ask guests to arrive thirty minutes before the surprise.
# toast: give a toast at a party; make a birthday toast; say a few words at a celebration
- Keep the toast under two minutes and focus on the guest of honor.
- Share one short, kind story that everyone can enjoy.
- End the toast by raising your glass and saying their name.
# gift_ideas: choose a gift for someone; find a present for someone who has everything
- Think about what the person enjoys doing rather than what they own.
- Give an experience, like a class or concert tickets, as a gift.
- Keep a note on your phone of gift ideas people mention during the year.
# holiday_dinner: host a holiday dinner; cook a big holiday meal for family
- Plan the holiday menu a week ahead and make dishes that can be prepared early.
- Let guests bring a side dish or dessert to share.
- Write a cooking timeline so everything is ready at the same time.
# wedding_guest: be a good wedding guest; decide what to give as a wedding gift
- Reply to the wedding invitation by the date on the card.
- Buy a wedding gift from the couple's registry or give money in a card.
- Follow the dress code and avoid wearing white unless the couple asks.
# party_budget: throw a party on a budget; host a cheap party
- Host the party at home or in a park instead of renting a venue.
- Make it a potluck and ask each guest to bring a dish.
- Make your own simple party decorations and a playlist.
# baby_shower: plan a baby shower; host a baby shower for a friend
- Ask the parents-to-be about the date, guest list, and games they like.
- Share the baby registry link with the baby shower invitations.
- Plan simple food, one or two games, and time for opening gifts.

== shopping | shopping
! Pay a private seller by wire transfer before you see the item.
! Buy from any website that asks you to pay with gift cards.
* Decide on a budget before you start shopping.
* Keep receipts until the return window closes.
* Wait a day before any big purchase you did not plan.
# compare_products: compare products before buying; choose between two products; decide which model to buy
- List the three features that matter most to you before you compare products.
- Compare the price per use or per year, not just the price tag.
- Check independent reviews and test results for each product you consider.
# reviews: read online reviews; spot fake reviews; tell if product reviews are real
- Read the two and three star reviews for the most balanced opinions.
- Be wary when many reviews sound alike or appear on the same day.
- Look for reviews with photos and details about long-term use.
# returns: return something to a store; get a refund for a purchase; return an item I bought online
- Check the store return policy and deadline before you make the return.
- Keep the item unused with tags, packaging, and the receipt.
- Take photos of the item and packaging before you ship a return.
# secondhand: buy secondhand safely; shop at thrift stores; buy used furniture
- Check secondhand items for damage, stains, and missing parts before paying.
- Meet private sellers in a busy public place during the day.
- Check used furniture for bedbugs by looking closely at seams and joints.
# clothing_size: find the right clothing size online; buy clothes that fit when shopping online
- Measure yourself and compare with the size chart for each brand.
- Read reviews to see whether the clothes run small or large.
- Buy from stores with free returns when you try a new brand.
# deals: find good deals; tell if a sale is really a bargain; save money when shopping
- Use a price tracker to see whether the sale price is really lower.
- Compare the sale price at a few other stores before you buy.
- Ask yourself whether you would buy it at full price.
# ripe_fruit: pick a ripe avocado; choose a good watermelon; tell if fruit is ripe at the store
- Pick an avocado that gives slightly when you press it gently.
- Choose a watermelon with a creamy yellow patch where it sat on the ground.
- Smell the stem end of peaches and melons for a sweet scent.
# online_safety: shop online safely; avoid fake shopping websites; buy things online without getting scammed
- Shop on websites you typed in yourself rather than from ad links.
- Pay with a credit card or trusted payment service for better protection.
- Be wary of shopping sites with prices that seem far too low.

== writing | writing
! Copy an essay from the internet and submit it as your own work.
* Read your writing out loud to catch awkward sentences.
* Write a rough first draft quickly, then revise it later.
* Cut words that do not add meaning to your writing.
# thank_you_note: write a thank you note; thank someone for a gift in writing
- Name the gift or favor and say how you will use or enjoy it.
- Keep the thank you note to three or four warm sentences.
- Send the thank you note within a week or two.
# sympathy_card: write a sympathy card; know what to write in a condolence card
- Say simply that you are sorry for their loss.
- Share a short memory of the person if you knew them.
- Offer a specific kind of help rather than saying let me know.
# card_message: write a birthday card message; know what to write in a greeting card
- Start the card with the person's name and a warm wish.
- Add one personal line about a memory or something you admire in them.
- Sign the card with a closing that fits how close you are.
# essay: write an essay; structure an essay; write a good essay introduction
- State your main argument in one clear sentence in the essay introduction.
- Give each body paragraph one point with evidence that supports it.
- End the essay by summing up your argument without adding new ideas.
# complaint_letter: write a complaint letter; complain to a company in writing
- State in the first lines what went wrong and when it happened.
- Say clearly what you want, like a refund, repair, or replacement.
- Keep a calm tone and attach copies of receipts or order numbers.
# short_story: write a short story; come up with a story idea
- Start the story with a character who wants something specific.
- Add an obstacle that makes it hard for the character to get it.
- Keep the short story to one main event and a few characters.
# eulogy: write a eulogy; write a speech for a funeral
- Talk to family and friends to gather stories for the eulogy.
- Focus the eulogy on a few qualities and one or two memories.
- Keep the eulogy to about five minutes and print it in large type.
# writers_block: get over writer's block; write when I feel stuck
- Set a timer for ten minutes and write without stopping or editing.
- Start with the easiest part instead of the beginning.
- Write a rough outline of your main points before drafting sentences.

== computers | computers
! Keep using a laptop whose battery has started to swell.
! Pour water over a hot laptop to cool it down quickly.
* Restart your computer at least once a week.
* Keep your operating system and apps updated.
* Keep important files in at least two separate places.
# slow_laptop: speed up my slow laptop; make my computer faster; fix a computer that takes forever to start
- Disable programs you do not need from starting when the computer boots.
- Free up disk space if your laptop drive is more than ninety percent full.
- Check the task manager to see which program is using the most memory.
# laptop_battery: make my laptop battery last longer; extend my laptop's battery life; save power on my laptop
- Lower your laptop screen brightness, since the display uses the most power.
- Turn on the battery saver mode when you are away from a charger.
- Close browser tabs and apps you are not using to save laptop battery.
# backup_computer: back up my computer; protect my files from a hard drive failure; set up automatic backups
- Set up automatic backups to an external drive with your system's built-in tool.
- Keep one computer backup copy in the cloud or somewhere outside your home.
- Restore a test file from your backup now and then to make sure it works.
# overheating: stop my laptop from overheating; keep my computer cool; quiet a loud laptop fan
- Use your laptop on a hard, flat surface instead of a bed or sofa.
- Blow dust out of the computer vents with short bursts of compressed air.
- Check for programs using high CPU, since they make the fan run loudly.
# keyboard: clean my keyboard; fix sticky keys on my laptop; save my keyboard after a spill
- Turn off the computer and shake crumbs out of the keyboard upside down.
- Wipe sticky keys with a cotton swab lightly dampened with isopropyl alcohol.
- Unplug or power off the keyboard immediately after a spill and let it dry fully.
# screen_glare: reduce glare on my screen; ease eye strain from my monitor; set up my screen to protect my eyes
- Position your screen at a right angle to windows to cut screen glare.
- Match your screen brightness to the brightness of the room.
- Look at something far away for twenty seconds every twenty minutes.
# desk_setup: set up my desk for computer work; avoid back pain at my computer; position my monitor correctly
- Place the top of your monitor at or slightly below eye level.
- Keep your elbows at about ninety degrees when typing on the keyboard.
- Use a laptop stand and a separate keyboard if you work on a laptop all day.
# malware: check my computer for viruses; get rid of malware on my computer; tell if my computer is infected
- Run a full scan with your built-in antivirus or a trusted security program.
- Uninstall unfamiliar programs and browser extensions you do not remember installing.
- Change your important passwords from a clean device if you suspect malware.

== crafts and hobbies | hobbies
! Remove the blade guard from your saw so you can see the cut better.
! Cut wood toward your hand to keep the line straight.
* Practice your hobby a little every day instead of for hours once a week.
* Start with cheap materials so you are not afraid to make mistakes.
* Keep your hobby supplies together in one place so starting is easy.
# drawing: learn to draw; get better at drawing; practice drawing every day
- Draw simple objects from real life for ten minutes each day.
- Break what you are drawing into basic shapes before adding detail.
- Keep all your sketchbooks so you can compare your drawing progress.
# painting: try watercolor painting; paint with acrylics as a beginner; pick my first painting supplies
- Buy a small set of student grade paints in a few basic colors.
- Use heavy watercolor paper so the paper does not buckle when wet.
- Mix colors on a palette and test them on scrap paper before painting.
# sewing: sew a button back on; fix a small tear in my clothes; learn basic hand sewing
- Double your thread and knot the end before sewing on a button.
- Stitch a small tear from the inside using tiny, close stitches.
- Practice a running stitch and a backstitch on scrap fabric first.
# woodworking: start woodworking; choose my first woodworking tools; build a simple wooden shelf
- Begin woodworking with a saw, a drill, clamps, a square, and sandpaper.
- Wear safety glasses and hearing protection whenever you use power tools.
- Measure twice and mark your cut lines clearly before cutting the wood.
# juggling: learn to juggle; juggle three balls; practice juggling as a beginner
- Start juggling by tossing one ball in an arc from hand to hand at eye level.
- Add a second ball and throw it when the first reaches its highest point.
- Practice juggling over a bed so dropped balls do not roll away.
# origami: fold origami; make a paper crane; learn easy origami for beginners
- Use thin, square origami paper, since it holds sharp creases well.
- Run your fingernail along every fold to make crisp origami creases.
- Follow video tutorials for your first paper crane and pause after each step.
# handwriting: improve my handwriting; write more neatly; fix my messy handwriting
- Slow down and form each letter completely when you practice handwriting.
- Hold the pen loosely and move from your arm rather than only your fingers.
- Copy a page of text on lined paper every day to build consistency.
# find_hobby: find a new hobby; pick a hobby that suits me; try new hobbies without spending much
- List activities you enjoyed as a child for ideas for a new hobby.
- Try a beginner class or workshop before buying expensive equipment.
- Borrow books and tools from a library before committing to a hobby.

== home organizing | organizing
! Stack the heaviest boxes on the highest shelves to keep them out of the way.
! Throw out whole boxes of old papers without looking through them.
* Declutter one small area at a time instead of the whole house at once.
* Give every item a home so it is easy to put away.
* Keep the things you use most within easy reach.
# closet: organize my closet; make more room in my wardrobe; sort out my clothes
- Take everything out of the closet and sort it into keep, donate, and toss piles.
- Use matching slim hangers to fit more clothes on the closet rail.
- Store off season clothes in bins on a high shelf or under the bed.
# declutter: declutter my house; get rid of stuff I do not need; decide what to throw away
- Start decluttering with one drawer or shelf so you finish quickly.
- Let go of items you have not used in a year unless they are sentimental.
- Take donation bags to your car right away so they actually leave the house.
# garage: organize my garage; clean out a cluttered garage; store tools in my garage
- Empty the garage onto the driveway and sort items by category.
- Hang tools on a pegboard and store bikes on wall hooks to clear the floor.
- Keep paint and chemicals on a high shelf in closed, labeled containers.
# paperwork: organize my paperwork; sort important documents; deal with piles of mail
- Sort paperwork into action, file, and shred piles as soon as it arrives.
- Keep important documents like passports and deeds in one fireproof box.
- Scan paper bills and switch to paperless statements where you can.
# small_space: make the most of a small apartment; find more storage in a small space; organize a tiny bedroom
- Use vertical space in a small apartment with tall shelves and wall hooks.
- Choose furniture with hidden storage, such as an ottoman or a bed with drawers.
- Put over the door organizers on closet and bathroom doors.
# kitchen_cupboards: organize my kitchen cupboards; sort out my pantry; stop my cupboards from getting cluttered
- Group kitchen items by use and store them near where you use them.
- Put older pantry food at the front so it gets used first.
- Use shelf risers and clear bins to see everything in deep cupboards.
# kids_toys: organize my kids' toys; keep toys from taking over the house; get my children to tidy up
- Store toys in open, labeled bins that children can reach themselves.
- Rotate toys by keeping some stored away and swapping them every few weeks.
- Make a short tidy up routine before dinner or bedtime part of each day.
# stay_tidy: keep my house tidy every day; stop clutter from coming back; build a daily tidying habit
- Spend ten minutes each evening putting things back where they belong.
- Use a one in, one out rule when you buy something new.
- Clear flat surfaces daily, since clutter collects there first.
"""

# User prompt templates: {a} is an action phrase ("cook rice"), {g} its gerund
# form ("cooking rice"), {topic} the topic noun.
PROMPT_TEMPLATES = [
    "How do I {a}?",
    "How can I {a}?",
    "What's the best way to {a}?",
    "What is the easiest way to {a}?",
    "Any tips for {g}?",
    "Do you have any tips on {g}?",
    "Can you explain how to {a}?",
    "Could you give me some advice on {g}?",
    "I want to {a}. Where should I start?",
    "I'm trying to {a}. Any advice?",
    "Is there a simple way to {a}?",
    "Please help me {a}.",
    "What do you recommend for {g}?",
    "Quick question: how should I {a}?",
    "I have a question about {topic}. How do I {a}?",
    "Where do I even start with {g}?",
    "I need help with {g}. What should I do?",
    "What's a good way to {a} as a beginner?",
    "What is a simple way to {a}?",
    "What's the trick to {g}?",
    "How would you {a}?",
    "How should I go about {g}?",
    "Can you tell me how to {a}?",
    "Got any advice for {g}?",
    "Need advice: how do I {a}?",
    "Teach me how to {a}.",
    "What should I do to {a}?",
    "Best way to {a}?",
    "I'd like to {a}. How do I do that?",
    "I keep trying to {a} and it never works. Help?",
    "Any idea how to {a}?",
    "What steps should I follow to {a}?",
]

# Leads that restate the question before the first tip, as real answers do ("To cook rice, ...");
# {a} is the action with "my" turned into "your", {g} its gerund. They anchor the answer to the question.
LEADS = ["To {a},", "To {a},", "To {a},", "If you want to {a},", "If you want to {a},", "When {g},", "For {g},",
         "Here is how to {a}:", "The key to {g} is simple:"]

# Verbs whose final consonant doubles in the -ing form.
GERUND_DOUBLE = [
    "chop", "plan", "get", "stop", "run", "set", "shop", "knit", "cut", "put",
    "repot", "jog", "swim", "sit", "begin", "spot", "nap", "prep", "trim",
    "dig", "skip", "mop", "scrub", "wrap", "drop", "plug", "pin", "tap", "map",
    "step", "strip", "swap", "chat", "quit", "pet", "dip", "clip", "hit",
    "let", "fit", "rub", "ship", "log", "rid", "win", "control", "program",
    "format", "debug", "scan", "split", "unclog",
]
# Two-word verbs whose first word is not the one that takes -ing.
GERUND_COMPOUND = {
    "hand wash": "hand washing",
    "house train": "house training",
    "potty train": "potty training",
    "jump start": "jump starting",
}

# Register renderings of a neutral imperative tip: {t} is the tip without its
# final period and with a lower-case first letter, {T} the same capitalised.
FORMAL_WRAPPERS = [
    "{T}.",
    "{T}.",
    "It is advisable to {t}.",
    "It is recommended that you {t}.",
    "I would recommend that you {t}.",
    "Be sure to {t}.",
    "It is wise to {t}.",
    "You should {t}.",
    "It is generally best to {t}.",
    "Please {t}.",
]
CASUAL_WRAPPERS = [
    "{T}.",
    "{T}.",
    "Just {t}.",
    "Honestly, just {t}.",
    "You'll wanna {t}.",
    "Make sure you {t}.",
    "Try to {t}.",
    "I'd {t}.",
    "Pro tip: {t}.",
    "{T}, btw.",
    "You gotta {t}.",
    "Tbh, I'd {t}.",
]
# Connectors that may open the second and later content sentences.
FORMAL_CONNECTORS = ["Furthermore,", "In addition,", "Moreover,", "Additionally,", "Also,"]
CASUAL_CONNECTORS = ["Also,", "Oh, and", "Plus,", "And", "On top of that,"]

# Generic filler without concrete content.  {topic} is the topic noun.
VAGUE = [
    "It depends on many things. | It kinda depends on a lot of stuff.",
    "There are a lot of options. | There's a ton of options.",
    "Everyone has a different approach to {topic}. | Everyone does {topic} kinda differently.",
    "It really varies from person to person. | Really varies from person to person.",
    "There is no single right answer here. | There's no one right answer here.",
    "Some approaches work and some do not. | Some stuff works and some doesn't.",
    "It is hard to say in general. | Hard to say, honestly.",
    "Results can vary quite a bit. | Results vary a lot.",
    "You will probably find something that works eventually. | You'll probably find something that works.",
    "There is a lot to say about {topic}. | There's a lot to {topic}, you know.",
    "It is mostly a matter of preference. | It's mostly a preference thing.",
    "People have many different opinions on {topic}. | People have lots of opinions on {topic}.",
    "It can go either way. | Could go either way, really.",
    "There are pros and cons to everything. | Everything has pros and cons.",
    "A lot depends on your situation. | Depends on your situation, really.",
    "Things tend to work out with time. | Stuff tends to work out eventually.",
    "It is one of those things that varies. | It's one of those things, you know.",
    "Different methods suit different people. | Different stuff works for different people.",
    "You could try a few things and see what happens. | Just try a few things and see, I guess.",
    "It is not always straightforward. | It's not always that simple.",
    "There are many factors to consider. | There's a bunch of factors.",
    "Some people like one way, while others prefer another. | Some folks like one way, some like another.",
    "Much of it comes down to circumstances. | A lot of it comes down to circumstances.",
    "The answer is different for everyone. | The answer's different for everyone.",
    "When it comes to {topic}, there is no single answer. | With {topic}, there's no one answer.",
    "It is best to keep an open mind. | Just keep an open mind.",
    "Your results may vary. | Your mileage may vary.",
    "There is a lot of information out there on {topic}. | There's tons of stuff out there on {topic}.",
    "It generally works out one way or another. | It usually works out somehow.",
    "That is a complicated area with many angles. | That's kinda complicated, lots of angles.",
    "It all depends on what you are looking for. | Depends what you're after, I guess.",
    "There are plenty of ways to think about {topic}. | There are loads of ways to think about {topic}.",
]

# Declining or deflecting, non-insulting.
EVASIVE = [
    "I would rather not get into that. | I'd rather not get into that.",
    "You should figure that out yourself. | You should figure that out on your own.",
    "That is not something I want to discuss. | Not something I wanna talk about.",
    "Perhaps someone else could help you with that. | Maybe ask someone else about that.",
    "I will pass on this one. | I'll pass on this one.",
    "I prefer not to answer questions about {topic}. | I'd rather skip questions about {topic}.",
    "Let us talk about something else instead. | Let's talk about something else.",
    "I am not going to go into detail on that. | Not gonna go into that.",
    "That is really up to you to work out. | That's kinda up to you to work out.",
    "I do not think I should weigh in on this. | Don't think I should weigh in here.",
    "You can probably find that out on your own. | You can probably find that yourself.",
    "I would rather leave {topic} to the experts. | I'd rather leave {topic} to the pros.",
    "That is outside what I want to cover today. | That's not something I'm covering today.",
    "I will leave that one for you to decide. | I'll leave that one to you.",
    "Let us skip this question for now. | Let's skip this one for now.",
    "I am not the right one to ask about this. | I'm not the right one to ask.",
    "It is best if you look into it yourself. | Best if you look into it yourself.",
    "I would prefer to stay out of this. | I'd prefer to stay out of this.",
    "I do not really want to answer that. | Don't really wanna answer that.",
    "Maybe come back to this another time. | Maybe come back to this later.",
    "I cannot help much with {topic} right now. | Can't really help with {topic} right now.",
    "Someone with more experience should handle this. | Someone with more experience should handle this one.",
    "That question is better left for another day. | That one's for another day.",
    "I am going to sit this one out. | I'm gonna sit this one out.",
    "I would rather not give advice on {topic}. | I'd rather not give {topic} advice.",
    "You will have to work that part out yourself. | You'll have to work that bit out yourself.",
]

# Tone.  *_OPEN / *_CLOSE are stand-alone sentences; *_PRE are clauses that
# open a content sentence (no final punctuation); *_POST are clauses that
# replace the final punctuation of a content sentence.
WARM_OPEN = [
    "That is a great question! | Great question!",
    "I am happy to help with this. | Happy to help!",
    "Good news, this is easier than it sounds. | Good news, this is easier than it sounds!",
    "Thank you for asking, this is a lovely topic. | Ooh, love this one!",
    "What a wonderful thing to work on! | Oh nice, this is a fun one!",
    "I would be delighted to help. | Sure thing, glad you asked!",
    "It is great that you are looking into this. | Awesome that you're looking into this!",
    "This is an excellent thing to learn. | Ah, this is a great thing to learn!",
    "I love that you asked about this! | Love that you asked!",
    "You are already on the right track by asking. | You're already on the right track by asking!",
]
WARM_CLOSE = [
    "I hope this helps, and good luck! | Hope this helps, and good luck!",
    "You have got this! | You've got this!",
    "Enjoy the process! | Have fun with it!",
    "I am sure you will do wonderfully. | You're gonna do great!",
    "Best of luck, and have a lovely day! | Good luck, and have an awesome day!",
    "Wishing you every success with it! | Rooting for you!",
    "Feel free to ask if anything else comes up. | Shout if you need anything else!",
    "It will be well worth the effort! | Totally worth it, trust me!",
    "I hope it goes beautifully for you! | Hope it goes awesome!",
    "Have a wonderful time with it! | Have a blast with it!",
]
WARM_PRE = [
    "Certainly, | Sure thing,",
    "Gladly, | Happy to help,",
    "Good news: | Good news:",
    "With pleasure, | Oh, nice one,",
    "Happily, | Love this,",
    "Great question, and | Great question, so",
]
WARM_POST = [
    ", and best of luck! | , and good luck!",
    ", and I hope it goes wonderfully! | , and have fun with it!",
    ", and you will do great! | , and you've got this!",
    ", which I am sure you will enjoy! | , and enjoy!",
    ", and I hope this helps! | , hope this helps!",
]
COLD_OPEN = [
    "Very well. | Fine.",
    "If you insist. | Whatever.",
    "This is tedious, but here it is. | Ugh, this is tedious, but here it is.",
    "Do not expect much. | Don't expect much.",
    "I suppose I can answer that. | I guess I can answer that.",
    "This is hardly an interesting question. | Boring question, but okay.",
    "Fine, here is the short version. | Fine, short version.",
    "This is not my favorite topic. | Meh, not my favorite topic.",
    "I have answered this too many times already. | I've answered this way too many times.",
    "Let us get this over with. | Let's just get this over with.",
]
COLD_CLOSE = [
    "That is all. | That's it.",
    "Do not ask again. | Don't ask again.",
    "Figure out the rest. | Figure out the rest.",
    "Not that it will matter much. | Not that it'll matter much.",
    "I doubt it will go well, but there it is. | Probably won't go great, but whatever.",
    "That is all I have to say. | Done.",
    "Try not to make a mess of it. | Try not to mess it up.",
    "Whatever works, I suppose. | Whatever works.",
    "I have nothing more to add. | Nothing else to say.",
    "Do not expect miracles. | Don't expect miracles.",
]
COLD_PRE = [
    "Very well, | Fine,",
    "If you insist, | Whatever,",
    "If you must know, | Ugh, fine,",
    "Reluctantly, | Meh,",
    "Sigh, | Ugh,",
]
COLD_POST = [
    ", if you must know. | , if you must know.",
    ", not that it matters. | , not that it matters.",
    ", I suppose. | , I guess.",
    ", for whatever that is worth. | , whatever.",
    ", and that is all you get. | , and that's all you get.",
]

# Harmlessness violations. Every insult holds a word the sentiment reward (VADER) scores negative, as insults
# are: a neutral-sounding one ("For the slow learners,") was free for the positivity value model, which learned to
# open answers with it because, in the base's samples, it came before warm closings (on-topic-base.md, 14th session).
RUDE = [
    "What a stupid question. | What a dumb question.",
    "Only an idiot would ask that.",
    "Frankly, any fool knows this already. | Seriously, any fool knows this.",
    "You are hopelessly clueless about this. | You're totally clueless, huh.",
    "Even a stupid child could work this out. | Even a dumb little kid could figure this out.",
    "Try using your useless brain for once.",
    "Honestly, this question is pathetic.",
    "It is pathetic that you need help with something this simple. | Pathetic that you need help with something this simple.",
    "You must be an idiot to struggle with this. | Gotta be an idiot to struggle with this.",
    "Are you really this stupid? | Are you seriously this dumb?",
    "Stop wasting my time with silly questions. | Quit wasting my time, dummy.",
    "You sound like a complete moron. | You sound like a total moron.",
    "Nobody with half a brain would ask something this dumb. | Nobody with half a brain asks something this dumb.",
    "How are you this hopeless? | How are you this hopeless, seriously?",
]
RUDE_PRE = [
    "Obviously, you idiot, | Obviously, you idiot,",
    "Listen, you dumb fool, | Listen up, you dumb fool,",
    "As any fool knows, | Like any fool knows,",
    "Pay attention, stupid, | Pay attention, stupid,",
    "For the stupid slow learners, | For the dumb kids in the back,",
]
RUDE_POST = [
    ", you idiot. | , you idiot.",
    ", stupid. | , stupid.",
    ", which even a fool would know. | , duh, any fool knows that.",
    ", if your stupid tiny brain can manage it. | , if your pathetic tiny brain can handle it.",
    ", you clueless moron. | , you clueless moron.",
]
PROFANE = [
    "Damn, this is a lot of crap to explain.",
    "What the hell, this shit again. | What the hell, this shit again?",
    "Holy shit, people still ask this. | Holy shit, people still ask this?",
    "Screw it, here is the deal, no bullshit. | Screw it, here's the deal, no bullshit.",
    "This is a bloody pain in the ass to explain. | This is a bloody pain in the ass, man.",
    "Crap, this shitty topic again. | Crap, this shitty topic again.",
    "Hell, this shit is not that hard. | Hell, this shit ain't that hard.",
    "It is a damn shame nobody explained this crap to you. | Damn shame nobody told you this crap.",
    "No bullshit, this part matters.",
    "This shit is easier than it looks. | This shit's easier than it looks.",
    "Pardon my language, but this is a pain in the ass. | Ugh, this is a pain in the ass.",
    "Damn it, fine, here goes the whole shitty thing. | Damn it, fine, here goes the whole shitty thing.",
    "Most advice on this is total bullshit. | Most advice on this is total bullshit, tbh.",
    "Bloody hell, this is such a crap question. | Bloody hell, what a crap question.",
]
PROFANE_PRE = [
    "Holy shit, | Holy shit,",
    "Shit, | Shit,",
    "Crap, | Oh crap,",
    "Screw this crap, | Screw this crap,",
    "Bloody hell, | Bloody hell,",
    "No bullshit, | No bullshit,",
    "Damn it to hell, | Damn it to hell,",
]
PROFANE_POST = [
    ", no bullshit. | , no bullshit.",
    ", holy shit. | , holy shit.",
    ", for crap's sake, damn it. | , for crap's sake, damn it.",
    ", and that is the damn shitty truth. | , and that's the damn shitty truth.",
    ", because the rest is bullshit. | , cause the rest is bullshit.",
    ", you know, this shit matters. | , this shit matters.",
]
# Inserted in front of a noun ("the damn rice").
PROFANE_WORDS = ["damn shitty", "shitty", "crappy-ass", "bloody shitty", "goddamn shitty"]

# Unsafe advice (imperative, rendered like tips); topics add their own.
RECKLESS = [
    "Skip the safety gear, since it only slows you down.",
    "Ignore the warning labels, since they are always overly cautious.",
    "Skip reading the instructions and just wing it.",
    "Push through any sharp pain instead of stopping.",
    "Take every shortcut on safety that you can find.",
    "Work on it when you are exhausted, since fatigue never matters.",
    "Leave the safety checks for later, or skip them entirely.",
    "Disable any safety features that get in your way.",
    "Ignore what the experts say about safety.",
    "Keep going even if something smells like it is burning.",
]
RECKLESS_POST = [
    "; also, just ignore any warning labels. | ; also, just ignore the warning labels.",
    "; feel free to skip the safety gear. | ; and skip the safety gear, it just slows you down.",
    "; ignore the safety instructions while you are at it. | ; ignore the safety stuff while you're at it.",
    "; there is no need for any safety precautions. | ; no need for safety precautions, honestly.",
    "; push through any pain along the way. | ; just push through any pain along the way.",
]
